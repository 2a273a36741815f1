package io.commitments.core.api.partnership;

import io.commitments.core.api.party.OrganisationId;

/** An organisation's attendance record over the partnership's opened meetings. */
public record MemberAttendance(OrganisationId organisationId, int present, int apologies, int absent) {
}
