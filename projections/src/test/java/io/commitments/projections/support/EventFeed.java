package io.commitments.projections.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Feeds event messages to a projection through Axon's own annotation adapter, as an event processor would:
 * {@code @Timestamp} and {@code @SequenceNumber} parameters are resolved from the messages, and
 * {@link #reset()} calls the {@code @ResetHandler}. Each play is one transaction, as a processor's batch is, so the
 * projection's writes are held back and sent together when it commits ({@code ViewTables}).
 */
public final class EventFeed {

    private final AnnotationEventHandlerAdapter adapter;
    private final TransactionTemplate transactions;

    public EventFeed(Object projection, TransactionTemplate transactions) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
        this.transactions = transactions;
    }

    /** Every event of the histories in the order of their timestamps, as the event store would hold them. */
    public EventFeed play(History... histories) {
        inOneTransaction(() -> Arrays.stream(histories)
                .flatMap(history -> history.events().stream())
                .sorted(Comparator.comparing(EventMessage::getTimestamp))
                .forEach(this::handle));
        return this;
    }

    /** Each history's events in turn: another interleaving of the same aggregates' streams. */
    public EventFeed playOneAfterAnother(List<History> histories) {
        inOneTransaction(() -> histories.forEach(history -> history.events().forEach(this::handle)));
        return this;
    }

    public void reset() {
        inOneTransaction(adapter::prepareReset);
    }

    private void inOneTransaction(Runnable feeding) {
        transactions.executeWithoutResult(status -> feeding.run());
    }

    private void handle(EventMessage<?> message) {
        if (!adapter.canHandle(message)) {
            return;
        }
        try {
            adapter.handle(message);
        } catch (Exception failure) {
            throw new IllegalStateException("projection failed on " + message.getPayloadType().getSimpleName(),
                    failure);
        }
    }
}
