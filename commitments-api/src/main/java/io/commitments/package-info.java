/** The Commitments application; its packages hold HTTP and configuration, never business rules. */
package io.commitments;
