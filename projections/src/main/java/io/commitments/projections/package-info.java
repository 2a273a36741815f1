/** Read models: one projection class per view, its event handlers and query handlers together. */
package io.commitments.projections;
