/** The accountability ledger: who keeps what they promise, per organisation and person, for any range and month by month. */
package io.commitments.projections.accountability;
