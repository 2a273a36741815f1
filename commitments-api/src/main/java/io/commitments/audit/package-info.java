/** Auditors' tools: a partnership's history as stored, its hash chain, checkpoints and verification (online and offline), and state as of a past point. */
package io.commitments.audit;
