/** The port through which aggregates check membership rules that span aggregates ("no abdication"). */
package io.commitments.core.membership;
