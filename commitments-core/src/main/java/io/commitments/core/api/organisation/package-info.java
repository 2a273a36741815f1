/** Messages about organisations, the parties that join partnerships and perform commitments. */
package io.commitments.core.api.organisation;
