/** The organisation directory: every registered organisation. */
package io.commitments.projections.organisation;
