package io.commitments.config;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** An append that breaks the event table's unique key is recognised however the driver wraps it. */
class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    void postgresUniqueViolationInsideABatchIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO domain_event_entry was aborted",
                "23505", 0, new int[0], null);
        batch.setNextException(new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION));
        assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append failed", batch))).isTrue();
    }

    @Test
    void uniqueViolationReportedOnlyByTheNextExceptionIsADuplicateKey() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
        batch.setNextException(new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION));
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(
                new PSQLException("terminating connection due to administrator command", PSQLState.CONNECTION_FAILURE)))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
