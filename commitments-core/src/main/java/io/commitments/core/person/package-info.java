/** The Person aggregate. */
package io.commitments.core.person;
