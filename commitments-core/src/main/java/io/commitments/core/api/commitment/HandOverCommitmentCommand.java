package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The performer's side proposes to hand a promised commitment over to another member organisation. */
public record HandOverCommitmentCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                        OrganisationId toOrganisation,
                                        String note,
                                        Actor actor) {
}
