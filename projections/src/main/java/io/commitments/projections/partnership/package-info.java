/** The partnership overview: the partnerships there are and what they are made of. */
package io.commitments.projections.partnership;
