/** Messages for contesting a record: a member's note that a decision or a commitment event is wrong, and why. */
package io.commitments.core.api.contest;
