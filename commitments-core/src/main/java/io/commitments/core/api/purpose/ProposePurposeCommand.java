package io.commitments.core.api.purpose;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Propose a version of the partnership's shared purpose (the first, or a revision), by a member organisation
 * or a coordinator. Answered with the version number, the next after the latest proposed.
 */
public record ProposePurposeCommand(@TargetAggregateIdentifier PartnershipId partnershipId,
                                    String statement,
                                    List<PurposeOutcome> outcomes,
                                    Actor actor) {
}
