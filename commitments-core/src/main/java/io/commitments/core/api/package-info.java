/** Messages (commands, events, queries) and value types shared by every module. */
package io.commitments.core.api;
