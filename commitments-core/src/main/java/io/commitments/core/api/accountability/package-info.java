/** Queries and answers of the accountability views: who keeps what they promise, over time, and what needs chasing. */
package io.commitments.core.api.accountability;
