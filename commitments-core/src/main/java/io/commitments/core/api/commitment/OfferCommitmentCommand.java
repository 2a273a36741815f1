package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The actor's organisation offers the partnership to do something by a due date. */
public record OfferCommitmentCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                     PartnershipId partnershipId,
                                     OrganisationId performer,
                                     String description,
                                     LocalDate dueDate,
                                     String conditionsOfSatisfaction,
                                     String outcome,
                                     Actor actor) {
}
