package io.commitments.audit;

import io.commitments.projections.audit.StoredEvent;
import io.commitments.security.ActorMetadata;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Base64;

/**
 * One event of a partnership's history, as a page of {@code GET .../history} and a line of its NDJSON export show
 * it: readable fields first, then {@code stored}, the event store's row exactly (payload and metadata as base64 of
 * the stored bytes: what the hash chain covers, so an export can be verified offline), and {@code recorded}, the
 * link the ledger recorded when the event was first projected (null while not yet recorded).
 *
 * @param type the event's simple name, e.g. {@code CommitmentPromisedEvent}
 */
public record HistoryEntry(long position,
                           String type,
                           String aggregateType,
                           String aggregateId,
                           long sequenceNumber,
                           Instant occurredAt,
                           Actor actor,
                           JsonNode payload,
                           Stored stored,
                           Recorded recorded) {

    /** Who caused the event (from its metadata); null for what the system recorded by itself. */
    public record Actor(String personId, String username, String organisationId) {
    }

    /** The stored row's fields that the readable part is derived from. */
    public record Stored(String eventIdentifier, String timeStamp, String payloadType, String payloadRevision,
                         String payload, String metaData) {
    }

    /** The ledger's record of this event: the partnership's previous event, the count so far and the link. */
    public record Recorded(Long previousPosition, long eventCount, String link) {
    }

    public static HistoryEntry of(StoredEvent event, Recorded recorded, JsonMapper json) {
        return new HistoryEntry(event.globalIndex(), simpleName(event.payloadType()), event.aggregateType(),
                event.aggregateIdentifier(), event.sequenceNumber(), Instant.parse(event.timeStamp()),
                actor(event.metaData(), json), json.readTree(event.payload()),
                new Stored(event.eventIdentifier(), event.timeStamp(), event.payloadType(), event.payloadRevision(),
                        base64(event.payload()), base64(event.metaData())),
                recorded);
    }

    /** The stored row this entry claims to show, rebuilt from {@code stored} (not from the readable fields). */
    public StoredEvent storedEvent() {
        Base64.Decoder decoder = Base64.getDecoder();
        return new StoredEvent(position, stored.eventIdentifier(), aggregateType, aggregateId, sequenceNumber,
                stored.timeStamp(), stored.payloadType(), stored.payloadRevision(),
                stored.payload() == null ? null : decoder.decode(stored.payload()),
                stored.metaData() == null ? null : decoder.decode(stored.metaData()));
    }

    static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    static Actor actor(byte[] metaData, JsonMapper json) {
        if (metaData == null) {
            return null;
        }
        JsonNode meta = json.readTree(metaData);
        if (!meta.has(ActorMetadata.PERSON)) {
            return null;
        }
        return new Actor(text(meta, ActorMetadata.PERSON), text(meta, ActorMetadata.USERNAME),
                text(meta, ActorMetadata.ORGANISATION));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }
}
