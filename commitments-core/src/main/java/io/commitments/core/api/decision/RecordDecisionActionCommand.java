package io.commitments.core.api.decision;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record an action of a decision in force (coordinators only): the commitment {@code commitmentId}, requested
 * of a member organisation by a separate command in the same transaction.
 */
public record RecordDecisionActionCommand(@TargetAggregateIdentifier DecisionId decisionId,
                                          CommitmentId commitmentId,
                                          OrganisationId performerOrganisationId,
                                          String description,
                                          LocalDate dueDate,
                                          String conditionsOfSatisfaction,
                                          Actor actor) {
}
