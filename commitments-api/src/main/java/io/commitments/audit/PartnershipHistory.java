package io.commitments.audit;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.projections.audit.StoredEvent;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A partnership's events exactly as the event store holds them now, in position order: found through the
 * {@code partnership_event} index, with the bytes read from {@code domain_event_entry} (never re-serialised) and
 * the ledger's record of each event beside it.
 * <p>
 * The full history ({@link #forEach}) also takes in rows the index never saw (an identifier it does not know at
 * that position) whose payload names the partnership: rows put into the store behind the application's back,
 * which verification must see. That search reads every row's position and identifier once; the payloads only of
 * rows the index lacks, normally none.
 */
@Component
public class PartnershipHistory {

    /** Rows fetched from the database at a time while streaming: memory stays flat however long the history. */
    static final int FETCH_SIZE = 500;

    private static final String RECORDED = ", l.previous_index AS recorded_previous, l.event_count AS recorded_count,"
            + " l.link AS recorded_link";

    /** Receives the events of a history one at a time. */
    @FunctionalInterface
    public interface EventSink {
        void accept(StoredEvent event, HistoryEntry.Recorded recorded) throws Exception;
    }

    /** A page of history, and the position to ask for next (null at the end). */
    public record Page(List<HistoryEntry> events, Long nextPosition) {
    }

    private record Entry(StoredEvent event, HistoryEntry.Recorded recorded) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final Serializer serializer;
    private final JsonMapper json;

    PartnershipHistory(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                       Serializer serializer, JsonMapper json) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.serializer = serializer;
        this.json = json;
    }

    /** Whether any event of the partnership is known to the index. */
    public boolean exists(PartnershipId partnership) {
        return jdbc.sql("SELECT COUNT(*) FROM partnership_event WHERE partnership_id = :p")
                .param("p", partnership.value()).query(Long.class).single() > 0;
    }

    /** Up to {@code limit} events from {@code fromPosition} on, in order. */
    public Page page(PartnershipId partnership, long fromPosition, int limit) {
        List<HistoryEntry> events = new ArrayList<>(jdbc.sql("SELECT " + StoredEvent.columns("d") + RECORDED + """
                         FROM partnership_event e
                        JOIN domain_event_entry d ON d.global_index = e.global_index
                        LEFT JOIN ledger_link l ON l.partnership_id = e.partnership_id AND l.global_index = e.global_index
                        WHERE e.partnership_id = :p AND e.global_index >= :from
                        ORDER BY e.global_index LIMIT :limit""")
                .param("p", partnership.value())
                .param("from", fromPosition)
                .param("limit", limit + 1)
                .query((row, n) -> HistoryEntry.of(StoredEvent.read(row), recorded(row), json))
                .list());
        Long next = null;
        if (events.size() > limit) {
            next = events.remove(limit).position();
        }
        return new Page(events, next);
    }

    /** Streams the whole history, as stored now, to {@code sink}, in position order and constant memory. */
    public void forEach(PartnershipId partnership, EventSink sink) {
        readOnly.executeWithoutResult(status -> {
            Deque<Entry> unindexed = new ArrayDeque<>(unindexedEventsOf(partnership));
            streaming.query("SELECT " + StoredEvent.columns("d") + RECORDED + """
                             FROM domain_event_entry d
                            LEFT JOIN ledger_link l ON l.partnership_id = ? AND l.global_index = d.global_index
                            WHERE d.global_index IN (SELECT e.global_index FROM partnership_event e WHERE e.partnership_id = ?)
                            ORDER BY d.global_index""",
                    statement -> {
                        statement.setObject(1, partnership.value());
                        statement.setObject(2, partnership.value());
                    },
                    (RowCallbackHandler) row -> {
                        StoredEvent event = StoredEvent.read(row);
                        while (!unindexed.isEmpty() && unindexed.peek().event().globalIndex() < event.globalIndex()) {
                            Entry before = unindexed.poll();
                            send(sink, before.event(), before.recorded());
                        }
                        send(sink, event, recorded(row));
                    });
            for (Entry rest : unindexed) {
                send(sink, rest.event(), rest.recorded());
            }
        });
    }

    /** The first position after {@code position} that the ledger recorded for the partnership, if any. */
    public Long recordedAfter(PartnershipId partnership, Long position) {
        return jdbc.sql("SELECT MIN(global_index) FROM ledger_link WHERE partnership_id = :p AND global_index > :after")
                .param("p", partnership.value())
                .param("after", position == null ? -1 : position)
                .query((row, n) -> {
                    long first = row.getLong(1);
                    return row.wasNull() ? null : first;
                })
                .list().get(0);
    }

    /** Rows of the event store the index has no row for (by position and identifier) that name the partnership. */
    private List<Entry> unindexedEventsOf(PartnershipId partnership) {
        List<Entry> found = new ArrayList<>();
        streaming.query("SELECT " + StoredEvent.columns("d") + RECORDED + """
                         FROM domain_event_entry d
                        LEFT JOIN ledger_link l ON l.partnership_id = ? AND l.global_index = d.global_index
                        WHERE NOT EXISTS (SELECT 1 FROM partnership_event e
                                          WHERE e.global_index = d.global_index AND e.event_identifier = d.event_identifier)
                          AND NOT EXISTS (SELECT 1 FROM partnership_event e
                                          WHERE e.global_index = d.global_index AND e.partnership_id = ?)
                        ORDER BY d.global_index""",
                statement -> {
                    statement.setObject(1, partnership.value());
                    statement.setObject(2, partnership.value());
                },
                (RowCallbackHandler) row -> {
                    StoredEvent event = StoredEvent.read(row);
                    if (names(event, partnership)) {
                        found.add(new Entry(event, recorded(row)));
                    }
                });
        return found;
    }

    /** Whether a stored payload is an event of the partnership; one that cannot be read counts if it names it. */
    private boolean names(StoredEvent event, PartnershipId partnership) {
        try {
            Object payload = serializer.deserialize(new SimpleSerializedObject<>(event.payload(), byte[].class,
                    event.payloadType(), event.payloadRevision()));
            return payload instanceof PartnershipEvent belonging && belonging.partnershipId().equals(partnership);
        } catch (RuntimeException unreadable) {
            return new String(event.payload(), StandardCharsets.UTF_8).contains(partnership.toString());
        }
    }

    private static void send(EventSink sink, StoredEvent event, HistoryEntry.Recorded recorded) {
        try {
            sink.accept(event, recorded);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new HistoryStreamException(e);
        }
    }

    private static HistoryEntry.Recorded recorded(ResultSet row) throws SQLException {
        String link = row.getString("recorded_link");
        if (link == null) {
            return null;
        }
        long previous = row.getLong("recorded_previous");
        return new HistoryEntry.Recorded(row.wasNull() ? null : previous, row.getLong("recorded_count"), link);
    }

    /** A failure of whatever consumed a streamed history (e.g. the client went away while exporting). */
    public static final class HistoryStreamException extends RuntimeException {
        HistoryStreamException(Exception cause) {
            super(cause);
        }
    }
}
