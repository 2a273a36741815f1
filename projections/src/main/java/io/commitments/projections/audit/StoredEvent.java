package io.commitments.projections.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event store exactly as stored: the fields the hash chain covers. The payload and metadata
 * are the serializer's bytes, never a re-serialisation, so a changed byte changes the chain.
 *
 * @param timeStamp the stored text (Axon writes {@code 2026-05-01T09:30:00.000Z}), not a parsed instant
 */
public record StoredEvent(long globalIndex,
                          String eventIdentifier,
                          String aggregateType,
                          String aggregateIdentifier,
                          long sequenceNumber,
                          String timeStamp,
                          String payloadType,
                          String payloadRevision,
                          byte[] payload,
                          byte[] metaData) {

    /** The event store's columns, in the order {@link #read(ResultSet)} expects them, prefixed with {@code alias.}. */
    public static String columns(String alias) {
        return String.join(", ", java.util.stream.Stream.of("global_index", "event_identifier", "type",
                        "aggregate_identifier", "sequence_number", "time_stamp", "payload_type", "payload_revision",
                        "payload", "meta_data")
                .map(column -> alias + "." + column).toList());
    }

    /** Reads the columns of {@link #columns(String)} from the current row. */
    public static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"), row.getString("type"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("time_stamp"),
                row.getString("payload_type"), row.getString("payload_revision"), row.getBytes("payload"),
                row.getBytes("meta_data"));
    }
}
