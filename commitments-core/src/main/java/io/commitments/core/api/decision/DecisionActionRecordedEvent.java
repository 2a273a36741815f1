package io.commitments.core.api.decision;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A decision in force requested a commitment of a member organisation as one of its actions. */
@Revision("1")
public record DecisionActionRecordedEvent(DecisionId decisionId,
                                          PartnershipId partnershipId,
                                          CommitmentId commitmentId,
                                          OrganisationId performerOrganisationId,
                                          String description,
                                          LocalDate dueDate,
                                          String conditionsOfSatisfaction,
                                          Actor actor) implements PartnershipEvent {
}
