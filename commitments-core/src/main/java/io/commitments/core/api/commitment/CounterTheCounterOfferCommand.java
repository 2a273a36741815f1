package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The requester's side answers a counter-offer with yet another due date: the commitment is requested again. */
public record CounterTheCounterOfferCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                            LocalDate dueDate,
                                            String note,
                                            Actor actor) {
}
