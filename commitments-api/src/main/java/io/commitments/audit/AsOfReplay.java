package io.commitments.audit;

import io.commitments.core.api.commitment.CommitmentDetails;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.commitment.FindCommitmentQuery;
import io.commitments.core.api.commitment.FindPartnershipCommitmentsQuery;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.decision.FindDecisionRegisterQuery;
import io.commitments.core.api.meeting.FindMeetingQuery;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingView;
import io.commitments.core.api.partnership.FindPartnershipOverviewQuery;
import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.purpose.FindSharedPurposeQuery;
import io.commitments.core.api.purpose.SharedPurposeView;
import io.commitments.projections.ViewTables;
import io.commitments.projections.audit.StoredEvent;
import io.commitments.projections.commitment.CommitmentViewProjection;
import io.commitments.projections.decision.DecisionRegisterProjection;
import io.commitments.projections.meeting.MeetingViewProjection;
import io.commitments.projections.partnership.PartnershipOverviewProjection;
import jakarta.annotation.PreDestroy;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * The state of a partnership, a commitment or a meeting as of a point of history, rebuilt from the events: the
 * events up to that point are replayed through the very projections behind the live views, into a private
 * in-memory database lent to the one read and emptied after it. The live views are never consulted, so what an
 * auditor sees is what those views showed at that moment.
 * <p>
 * A point given by time becomes a position with one range lookup on the event store's time index (see
 * {@code V2026_11_22_50__event_time_index.sql}): the first event stored after the instant bounds the events, and
 * of those only the ones that had occurred by the instant count.
 */
@Component
public class AsOfReplay {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final ScratchDatabases scratch = new ScratchDatabases();

    AsOfReplay(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The point that includes every event that had occurred by {@code instant}. */
    public AsOf at(Instant instant) {
        Optional<Long> firstAfter = jdbc.sql("""
                        SELECT global_index FROM domain_event_entry WHERE time_stamp > :t
                        ORDER BY time_stamp, global_index LIMIT 1""")
                .param("t", DateTimeUtils.formatInstant(instant))
                .query(Long.class).optional();
        long position = firstAfter.map(first -> first - 1).orElseGet(() -> jdbc.sql(
                "SELECT COALESCE(MAX(global_index), -1) FROM domain_event_entry").query(Long.class).single());
        return new AsOf(position, instant);
    }

    /** The partnership as it stood then; empty if it was not registered yet. */
    public Optional<PartnershipAsOf> partnership(PartnershipId partnership, AsOf point) {
        List<StoredEvent> events = events("""
                SELECT %s FROM partnership_event e JOIN domain_event_entry d ON d.global_index = e.global_index
                WHERE e.partnership_id = :id AND e.global_index <= :position ORDER BY e.global_index""",
                partnership.value(), point);
        return replay(events, views -> {
            Optional<PartnershipOverview> overview = views.optional(new FindPartnershipOverviewQuery(partnership),
                    PartnershipOverview.class);
            return overview.map(found -> new PartnershipAsOf(point.position(), point.instant(), found,
                    views.optional(new FindSharedPurposeQuery(partnership), SharedPurposeView.class).orElse(null),
                    views.list(FindPartnershipCommitmentsQuery.all(partnership), CommitmentSummary.class).stream()
                            .filter(commitment -> commitment.state().isOpen())
                            .toList(),
                    views.list(new FindDecisionRegisterQuery(partnership), DecisionRegisterEntry.class)));
        });
    }

    /** The commitment as it stood then; empty if it was not requested or offered yet. */
    public Optional<CommitmentDetails> commitment(CommitmentId commitment, AsOf point) {
        return replay(aggregateEvents(commitment.toString(), point),
                views -> views.optional(new FindCommitmentQuery(commitment), CommitmentDetails.class));
    }

    /** The meeting as it stood then; empty if it was not scheduled yet. */
    public Optional<MeetingView> meeting(MeetingId meeting, AsOf point) {
        return replay(aggregateEvents(meeting.toString(), point),
                views -> views.optional(new FindMeetingQuery(meeting), MeetingView.class));
    }

    /** The partnership a commitment, meeting or decision belongs to, from its first event; empty if unknown. */
    public Optional<PartnershipId> partnershipOf(String aggregateIdentifier) {
        return jdbc.sql("SELECT " + StoredEvent.columns("d") + """
                         FROM domain_event_entry d WHERE d.aggregate_identifier = :id
                        ORDER BY d.sequence_number LIMIT 1""")
                .param("id", aggregateIdentifier)
                .query((row, n) -> StoredEvent.read(row))
                .optional()
                .map(this::payload)
                .filter(PartnershipEvent.class::isInstance)
                .map(payload -> ((PartnershipEvent) payload).partnershipId());
    }

    private List<StoredEvent> aggregateEvents(String aggregateIdentifier, AsOf point) {
        return events("""
                SELECT %s FROM domain_event_entry d
                WHERE d.aggregate_identifier = :id AND d.global_index <= :position ORDER BY d.sequence_number""",
                aggregateIdentifier, point);
    }

    private List<StoredEvent> events(String sql, Object id, AsOf point) {
        return jdbc.sql(sql.formatted(StoredEvent.columns("d")))
                .param("id", id)
                .param("position", point.position())
                .query((row, n) -> StoredEvent.read(row))
                .list().stream()
                .filter(event -> point.instant() == null
                        || !Instant.parse(event.timeStamp()).isAfter(point.instant()))
                .toList();
    }

    /**
     * The live views' projections, fed with the given events in a database of their own, inside one transaction
     * that is rolled back once the views have been read: the database is empty again for the next replay.
     */
    private <R> R replay(List<StoredEvent> events, Function<Views, R> read) {
        ScratchDatabase database = scratch.borrow();
        boolean emptied = false;
        try {
            R result = database.transactions().execute(status -> {
                status.setRollbackOnly();
                for (StoredEvent event : events) {
                    handle(database.handlers(), new GenericDomainEventMessage<>(event.aggregateType(),
                            event.aggregateIdentifier(), event.sequenceNumber(), payload(event), metaData(event),
                            event.eventIdentifier(), Instant.parse(event.timeStamp())));
                }
                return read.apply(database.views());
            });
            emptied = true;
            return result;
        } finally {
            scratch.giveBack(database, emptied);
        }
    }

    private static void handle(List<AnnotationEventHandlerAdapter> handlers, GenericDomainEventMessage<Object> message) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (handler.canHandle(message)) {
                try {
                    handler.handle(message);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("replaying history into the as-of views failed", e);
                }
            }
        }
    }

    @PreDestroy
    void close() {
        scratch.close();
    }

    /**
     * A private in-memory database with the projections' tables, the projections writing to it (with Axon's adapters
     * of their event and query handlers, which take longer to build than a small replay), and its transactions.
     */
    private record ScratchDatabase(SingleConnectionDataSource dataSource, TransactionTemplate transactions,
                                   List<AnnotationEventHandlerAdapter> handlers, Views views) {

        static ScratchDatabase create() {
            SingleConnectionDataSource database = new SingleConnectionDataSource(
                    "jdbc:h2:mem:as-of-" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
            Flyway.configure().dataSource(database).locations("classpath:db/migration/projections").load().migrate();
            ViewTables tables = new ViewTables(database);
            List<Object> projections = List.of(new PartnershipOverviewProjection(tables),
                    new CommitmentViewProjection(tables), new DecisionRegisterProjection(tables),
                    new MeetingViewProjection(tables));
            return new ScratchDatabase(database, new TransactionTemplate(new DataSourceTransactionManager(database)),
                    projections.stream().map(AnnotationEventHandlerAdapter::new).toList(),
                    new Views(projections.stream().<AnnotationQueryHandlerAdapter<?>>map(AnnotationQueryHandlerAdapter::new)
                            .toList()));
        }
    }

    /**
     * Private databases for replays, kept empty between them: making one (Flyway running every projection script)
     * cost 50 to 90 ms, more than replaying a partnership's year. A replay's transaction is rolled back, which
     * empties the database; one whose replay failed is destroyed. At most {@link #KEPT} wait, one replay uses each.
     */
    private static final class ScratchDatabases {
        private static final int KEPT = 2;
        private final Queue<ScratchDatabase> idle = new ConcurrentLinkedQueue<>();

        ScratchDatabase borrow() {
            ScratchDatabase kept = idle.poll();
            return kept != null ? kept : ScratchDatabase.create();
        }

        void giveBack(ScratchDatabase database, boolean emptied) {
            if (emptied && idle.size() < KEPT) {
                idle.add(database);
            } else {
                database.dataSource().destroy();
            }
        }

        void close() {
            for (ScratchDatabase database = idle.poll(); database != null; database = idle.poll()) {
                database.dataSource().destroy();
            }
        }
    }

    private Object payload(StoredEvent event) {
        return serializer.deserialize(new SimpleSerializedObject<>(event.payload(), byte[].class,
                event.payloadType(), event.payloadRevision()));
    }

    private MetaData metaData(StoredEvent event) {
        return event.metaData() == null ? MetaData.emptyInstance() : serializer.deserialize(
                new SimpleSerializedObject<>(event.metaData(), byte[].class, MetaData.class.getName(), null));
    }

    /** Queries answered by the replayed projections' own query handlers. */
    private record Views(List<AnnotationQueryHandlerAdapter<?>> handlers) {

        <R> Optional<R> optional(Object query, Class<R> type) {
            return Optional.ofNullable(type.cast(answer(query, ResponseTypes.optionalInstanceOf(type))));
        }

        @SuppressWarnings("unchecked")
        <R> List<R> list(Object query, Class<R> type) {
            return (List<R>) answer(query, ResponseTypes.multipleInstancesOf(type));
        }

        /** The handler's result; Axon's adapter answers an empty Optional as null and a present one unwrapped. */
        private Object answer(Object query, ResponseType<?> responseType) {
            GenericQueryMessage<Object, ?> message = new GenericQueryMessage<>(query, responseType);
            for (AnnotationQueryHandlerAdapter<?> handler : handlers) {
                if (handler.canHandle(message)) {
                    try {
                        return handler.handle(message);
                    } catch (Exception e) {
                        throw new IllegalStateException("as-of query " + query + " failed", e);
                    }
                }
            }
            throw new IllegalStateException("no replayed view answers " + query);
        }
    }
}
