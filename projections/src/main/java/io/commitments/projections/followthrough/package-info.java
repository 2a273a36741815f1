/** The follow-through board: a partnership's open commitments that need chasing, and by whom. */
package io.commitments.projections.followthrough;
