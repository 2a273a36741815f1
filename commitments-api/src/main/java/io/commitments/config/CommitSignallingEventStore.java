package io.commitments.config;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/**
 * Axon's embedded event store, told when a request's transaction has really committed.
 * <p>
 * Axon wakes the event store's reader when a command's unit of work commits. A command of the API runs
 * inside the request's transaction, so that moment comes before the database commit: the reader looks,
 * finds nothing visible yet, and sleeps for its fetch delay (a second), and every command's response then
 * waits that long for the views. {@link #signalCommitted()} wakes the reader once the events are visible.
 */
public class CommitSignallingEventStore extends EmbeddedEventStore {

    CommitSignallingEventStore(Builder builder) {
        super(builder);
    }

    /** The events published in the caller's transaction are committed: let the processors read them now. */
    public void signalCommitted() {
        afterCommit(List.of());
    }
}
