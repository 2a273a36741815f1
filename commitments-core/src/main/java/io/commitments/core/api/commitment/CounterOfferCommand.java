package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The performer's side answers a request with another due date and a note. */
public record CounterOfferCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                  LocalDate dueDate,
                                  String note,
                                  Actor actor) {
}
