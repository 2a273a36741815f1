/** The Meeting aggregate: attendance and quorum, proposals and positions, and the decision rule applied to them. */
package io.commitments.core.meeting;
