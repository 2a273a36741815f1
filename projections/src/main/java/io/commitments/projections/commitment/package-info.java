/** The commitment view: each commitment as it stands, with its timeline, and a partnership's commitments. */
package io.commitments.projections.commitment;
