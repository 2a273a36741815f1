package io.commitments.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The durable record of POSTs sent with an {@code Idempotency-Key}. */
@Component
class IdempotencyKeys {

    /**
     * A response given before, to be given again to a retry.
     *
     * @param answering true while the first request is still expected to record its answer from the views: the
     *                  response stored is provisional and not yet overdue
     */
    record StoredResponse(String requestHash, int status, String location, String contentType, byte[] body,
                          boolean answering) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    private final Duration answerOverdue;

    IdempotencyKeys(JdbcClient jdbc, Clock clock, HttpSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.answerOverdue = settings.idempotencyAnswerOverdue();
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
                        SELECT request_hash, status, location, content_type, body, provisional, created_at
                        FROM idempotency_key WHERE caller = :caller AND idempotency_key = :key""")
                .param("caller", caller).param("key", key)
                .query((row, n) -> new StoredResponse(row.getString(1), row.getInt(2), row.getString(3),
                        row.getString(4), row.getBytes(5), row.getBoolean(6)
                        && row.getTimestamp(7).toInstant().plus(answerOverdue).isAfter(clock.instant())))
                .optional();
    }

    /** Records the response to give a retry; a provisional one is replaced by the answer from the views. */
    void complete(String caller, String key, int status, String location, String contentType, byte[] body,
                  boolean provisional) {
        jdbc.sql("""
                        UPDATE idempotency_key SET status = :status, location = :location,
                               content_type = :contentType, body = :body, provisional = :provisional
                        WHERE caller = :caller AND idempotency_key = :key""")
                .param("status", status).param("location", location).param("contentType", contentType)
                .param("body", body).param("provisional", provisional).param("caller", caller).param("key", key)
                .update();
    }
}
