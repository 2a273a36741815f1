/** What auditors rely on: each partnership's events indexed in order, and the hash chain over their stored bytes. */
package io.commitments.projections.audit;
