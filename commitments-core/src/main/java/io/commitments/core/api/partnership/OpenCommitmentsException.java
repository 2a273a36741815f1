package io.commitments.core.api.partnership;

import io.commitments.core.api.RuleViolationException;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.party.OrganisationId;

import java.util.List;

/**
 * No abdication: an organisation cannot withdraw from a partnership while it performs open commitments there.
 * {@link #openCommitments()} lists them so that callers can say which ones to hand over, withdraw or release.
 */
public class OpenCommitmentsException extends RuleViolationException {

    public static final String CODE = "partnership.member-has-open-commitments";

    private final transient List<CommitmentId> openCommitments;

    public OpenCommitmentsException(PartnershipId partnershipId, OrganisationId organisationId,
                                    List<CommitmentId> openCommitments) {
        super(CODE, "organisation " + organisationId + " cannot withdraw from partnership " + partnershipId
                + ": it performs " + openCommitments.size() + " open commitment(s) there " + openCommitments
                + "; hand over, withdraw or release each first");
        this.openCommitments = List.copyOf(openCommitments);
    }

    public List<CommitmentId> openCommitments() {
        return openCommitments;
    }
}
