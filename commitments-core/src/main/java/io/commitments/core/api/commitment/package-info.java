/** Messages of the commitment lifecycle: a conversation for action between a requester and a performer. */
package io.commitments.core.api.commitment;
