/** The Partnership aggregate and the rules it enforces. */
package io.commitments.core.partnership;
