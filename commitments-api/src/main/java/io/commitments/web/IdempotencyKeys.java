package io.commitments.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** The durable record of POSTs sent with an {@code Idempotency-Key}. */
@Component
class IdempotencyKeys {

    /** A response given before, to be given again to a retry. */
    record StoredResponse(String requestHash, int status, String location, String contentType, byte[] body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the key for this request inside the caller's transaction. Empty when the claim is new; the
     * earlier response otherwise. A concurrent first request holding the key makes this wait for its end
     * (the insert waits on the other transaction's row); if that request failed, nothing of it remains
     * and this one claims the key.
     */
    Optional<StoredResponse> claim(String caller, String key, String requestHash) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_key (caller, idempotency_key, request_hash, created_at)
                        VALUES (:caller, :key, :hash, :now) ON CONFLICT DO NOTHING""")
                .param("caller", caller).param("key", key).param("hash", requestHash)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT request_hash, status, location, content_type, body FROM idempotency_key
                        WHERE caller = :caller AND idempotency_key = :key""")
                .param("caller", caller).param("key", key)
                .query((row, n) -> new StoredResponse(row.getString(1), row.getInt(2), row.getString(3),
                        row.getString(4), row.getBytes(5)))
                .optional();
    }

    void complete(String caller, String key, int status, String location, String contentType, byte[] body) {
        jdbc.sql("""
                        UPDATE idempotency_key SET status = :status, location = :location,
                               content_type = :contentType, body = :body
                        WHERE caller = :caller AND idempotency_key = :key""")
                .param("status", status).param("location", location).param("contentType", contentType)
                .param("body", body).param("caller", caller).param("key", key)
                .update();
    }
}
