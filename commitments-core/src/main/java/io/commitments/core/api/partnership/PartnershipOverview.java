package io.commitments.core.api.partnership;

import io.commitments.core.api.purpose.OutcomeCoverage;
import io.commitments.core.api.purpose.PurposeVersion;

import java.util.List;

/**
 * A partnership as {@code GET /api/partnerships/{pid}} shows it: its summary; every membership, current and
 * withdrawn, in the order organisations joined; its coordinators; the adopted purpose (null until one is);
 * counts; for each outcome of the adopted purpose, what serves it; and each organisation's attendance record.
 */
public record PartnershipOverview(PartnershipSummary partnership,
                                  List<Membership> members,
                                  List<CoordinatorAppointment> coordinators,
                                  PurposeVersion purpose,
                                  PartnershipCounts counts,
                                  List<OutcomeCoverage> outcomes,
                                  List<MemberAttendance> attendance) {
}
