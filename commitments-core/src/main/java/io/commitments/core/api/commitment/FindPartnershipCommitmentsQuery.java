package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;

import java.util.Objects;

/**
 * A partnership's commitments, by due date, narrowed by each filter that is not null: the current
 * {@code state}, the current {@code performer}, and whether the commitment is {@code overdue} now (see
 * {@link CommitmentSummary#overdue()}). Answered with a list of {@link CommitmentSummary}.
 */
public record FindPartnershipCommitmentsQuery(PartnershipId partnershipId,
                                              CommitmentState state,
                                              OrganisationId performer,
                                              Boolean overdue) {

    public FindPartnershipCommitmentsQuery {
        Objects.requireNonNull(partnershipId, "partnership id");
    }

    /** Every commitment of the partnership. */
    public static FindPartnershipCommitmentsQuery all(PartnershipId partnershipId) {
        return new FindPartnershipCommitmentsQuery(partnershipId, null, null, null);
    }
}
