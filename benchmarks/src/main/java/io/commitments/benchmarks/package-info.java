/** The benchmark harness: the application measured against the raw limit of the same PostgreSQL, in one run. */
package io.commitments.benchmarks;
