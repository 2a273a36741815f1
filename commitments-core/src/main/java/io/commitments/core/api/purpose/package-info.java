/** Messages about a partnership's shared purpose: versions with outcomes, endorsement and adoption. */
package io.commitments.core.api.purpose;
