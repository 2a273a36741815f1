/** The Organisation aggregate. */
package io.commitments.core.organisation;
