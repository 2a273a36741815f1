package io.commitments.core.api.meeting;

import io.commitments.core.api.party.OrganisationId;

/** One member organisation's attendance at a meeting. */
public record Attendance(OrganisationId organisationId, AttendanceStatus status) {
}
