/** The Commitment aggregate: a conversation for action between a requester and a performer, and its rules. */
package io.commitments.core.commitment;
