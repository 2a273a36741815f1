/** Messages about decisions taken in meetings, their actions, and their rescission. */
package io.commitments.core.api.decision;
