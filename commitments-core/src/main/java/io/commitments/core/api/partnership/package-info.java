/** Messages about a partnership: registration, membership, coordinators. */
package io.commitments.core.api.partnership;
