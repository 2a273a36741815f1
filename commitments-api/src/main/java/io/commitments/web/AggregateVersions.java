package io.commitments.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The version of a resource kept by one aggregate: the sequence number of its latest event, the number an
 * {@code If-Match} header names. Read from the event store, so inside a command's transaction it already
 * counts the events the command just stored.
 */
@Component
class AggregateVersions {

    private final EventStore events;

    AggregateVersions(EventStore events) {
        this.events = events;
    }

    long of(Object aggregateId) {
        return events.lastSequenceNumberFor(aggregateId.toString())
                .orElseThrow(() -> new NotFoundException("resource.not-found", "no such resource: " + aggregateId));
    }
}
