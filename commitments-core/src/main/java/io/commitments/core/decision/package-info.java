/** The Decision aggregate: a decision in force, its actions, its rescission, and contests of its record. */
package io.commitments.core.decision;
