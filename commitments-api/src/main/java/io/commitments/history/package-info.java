/** Realistic partnership histories made by driving the real commands: for the demo, tests and benchmarks. */
package io.commitments.history;
