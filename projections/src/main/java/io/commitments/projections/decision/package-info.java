/** The decision register: each decision with its meeting, positions, contests, rescission and follow-through. */
package io.commitments.projections.decision;
