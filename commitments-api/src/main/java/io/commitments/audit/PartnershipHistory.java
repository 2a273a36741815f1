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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Rows fetched from the database at a time while streaming: memory stays flat however long the history. */
    static final int FETCH_SIZE = 500;

    /** Events read at a time by {@link #forEachOfAll}. */
    static final int PAGE_SIZE = 1_000;

    private static final String RECORDED = ", l.previous_index AS recorded_previous, l.event_count AS recorded_count,"
            + " l.link AS recorded_link";

    private static final String PAGE_OF_ALL = "SELECT " + StoredEvent.columns("d")
            + ", e.partnership_id AS indexed_partnership, e.event_identifier AS indexed_identifier" + RECORDED + """
             FROM (SELECT * FROM domain_event_entry WHERE global_index > :after ORDER BY global_index LIMIT :limit) d
            LEFT JOIN partnership_event e ON e.global_index = d.global_index
            LEFT JOIN ledger_link l ON l.partnership_id = e.partnership_id AND l.global_index = d.global_index
            ORDER BY d.global_index""";

    /** Receives the events of a history one at a time. */
    @FunctionalInterface
    public interface EventSink {
        void accept(StoredEvent event, HistoryEntry.Recorded recorded) throws Exception;
    }

    /** Receives the events of every partnership's history, each with the partnership it belongs to. */
    @FunctionalInterface
    public interface PartnershipsSink {
        void accept(PartnershipId partnership, StoredEvent event, HistoryEntry.Recorded recorded) throws Exception;
    }

    /** A page of history, and the position to ask for next (null at the end). */
    public record Page(List<HistoryEntry> events, Long nextPosition) {
    }

    private record Entry(StoredEvent event, HistoryEntry.Recorded recorded) {
    }

    private record OwnedEntry(PartnershipId partnership, StoredEvent event, HistoryEntry.Recorded recorded) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate snapshot;
    private final Serializer serializer;
    private final JsonMapper json;

    PartnershipHistory(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                       Serializer serializer, JsonMapper json) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
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

    /**
     * Streams the histories of all partnerships, as stored now, to {@code sink} in one pass over the store, in
     * position order: each event as {@link #forEach} would give it for its partnership, rows the index never saw
     * included (found in the same pass: their identifier is not the index's at their position). Memory stays flat
     * however large the store.
     * <p>
     * The store is read in pages by position, all in one snapshot: one statement over the whole store made
     * PostgreSQL sort it on disk before the first row, and its bytes came as text; a page is a range of the
     * primary key, and a statement run page after page is prepared on the server, which sends bytes as bytes.
     */
    public void forEachOfAll(PartnershipsSink sink) {
        snapshot.executeWithoutResult(status -> {
            long after = Long.MIN_VALUE;
            int read;
            do {
                long[] last = {after};
                int[] rows = {0};
                jdbc.sql(PAGE_OF_ALL).param("after", after).param("limit", PAGE_SIZE).query(row -> {
                    StoredEvent event = StoredEvent.read(row);
                    UUID indexedFor = row.getObject("indexed_partnership", UUID.class);
                    if (indexedFor != null) {
                        send(sink, new OwnedEntry(PartnershipId.of(indexedFor), event, recorded(row)));
                    }
                    if (!event.eventIdentifier().equals(row.getString("indexed_identifier"))) {
                        unindexedFor(event, indexedFor).forEach(entry -> send(sink, entry));
                    }
                    last[0] = event.globalIndex();
                    rows[0]++;
                });
                after = last[0];
                read = rows[0];
            } while (read == PAGE_SIZE);
        });
    }

    /** The last position the ledger recorded for each partnership it has recorded any event of. */
    public Map<PartnershipId, Long> lastRecordedPositions() {
        Map<PartnershipId, Long> last = new HashMap<>();
        jdbc.sql("SELECT partnership_id, MAX(global_index) FROM ledger_link GROUP BY partnership_id")
                .query(row -> {
                    last.put(PartnershipId.of(row.getObject(1, UUID.class)), row.getLong(2));
                });
        return last;
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
        return unindexedEvents().stream()
                .filter(entry -> entry.partnership().equals(partnership))
                .map(entry -> new Entry(entry.event(), entry.recorded()))
                .toList();
    }

    /**
     * Rows of the event store the index has no row for (by position and identifier), each with every partnership
     * its payload names, unless the index already gives the row to that partnership at that position.
     */
    private List<OwnedEntry> unindexedEvents() {
        List<OwnedEntry> found = new ArrayList<>();
        streaming.query("SELECT " + StoredEvent.columns("d") + ", e.partnership_id AS indexed_partnership" + """
                         FROM domain_event_entry d
                        LEFT JOIN partnership_event e ON e.global_index = d.global_index
                        WHERE e.global_index IS NULL OR e.event_identifier <> d.event_identifier
                        ORDER BY d.global_index""",
                (RowCallbackHandler) row -> found.addAll(unindexedFor(StoredEvent.read(row),
                        row.getObject("indexed_partnership", UUID.class))));
        return found;
    }

    /** A row the index does not know, for each partnership its payload names but the index did not give it to. */
    private List<OwnedEntry> unindexedFor(StoredEvent event, UUID indexedFor) {
        return partnershipsNamedBy(event).stream()
                .filter(partnership -> !partnership.value().equals(indexedFor))
                .map(partnership -> new OwnedEntry(partnership, event, recordedFor(partnership, event.globalIndex())))
                .toList();
    }

    /** The partnership of a readable payload; for one that cannot be read, every known partnership it names. */
    private List<PartnershipId> partnershipsNamedBy(StoredEvent event) {
        try {
            Object payload = serializer.deserialize(new SimpleSerializedObject<>(event.payload(), byte[].class,
                    event.payloadType(), event.payloadRevision()));
            return payload instanceof PartnershipEvent belonging ? List.of(belonging.partnershipId()) : List.of();
        } catch (RuntimeException unreadable) {
            Matcher uuids = UUID_TEXT.matcher(new String(event.payload(), StandardCharsets.UTF_8));
            List<PartnershipId> named = new ArrayList<>();
            while (uuids.find()) {
                PartnershipId candidate = PartnershipId.of(UUID.fromString(uuids.group()));
                if (!named.contains(candidate) && exists(candidate)) {
                    named.add(candidate);
                }
            }
            return named;
        }
    }

    private HistoryEntry.Recorded recordedFor(PartnershipId partnership, long position) {
        return jdbc.sql("""
                        SELECT previous_index AS recorded_previous, event_count AS recorded_count, link AS recorded_link
                        FROM ledger_link WHERE partnership_id = :p AND global_index = :g""")
                .param("p", partnership.value())
                .param("g", position)
                .query((row, n) -> recorded(row))
                .optional().orElse(null);
    }

    private static void send(PartnershipsSink sink, OwnedEntry entry) {
        try {
            sink.accept(entry.partnership(), entry.event(), entry.recorded());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new HistoryStreamException(e);
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
