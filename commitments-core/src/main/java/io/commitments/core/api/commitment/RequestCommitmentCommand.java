package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Asks a member organisation (the performer) to do something by a due date, for a member organisation, a
 * decision or the partnership.
 */
public record RequestCommitmentCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                       PartnershipId partnershipId,
                                       Requester requester,
                                       OrganisationId performer,
                                       String description,
                                       LocalDate dueDate,
                                       String conditionsOfSatisfaction,
                                       String outcome,
                                       Actor actor) {
}
