package io.commitments.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon that an append broke the event table's unique key: another transaction (on this node or another)
 * stored the same aggregate's next sequence number first. Axon then raises a {@code ConcurrencyException}
 * (the command decided on stale state; it is retried, or answered 409) instead of an {@code EventStoreException}
 * (500). Axon's own {@code JdbcSQLErrorCodesResolver} looks for {@code SQLIntegrityConstraintViolationException},
 * which the PostgreSQL driver never throws: it reports SQL state 23505 in a {@code PSQLException}, inside a
 * {@code BatchUpdateException} for batched appends. H2 uses the same state.
 */
class DuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_CHAINED = 16;

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        SQLException next = exception;
        for (int chained = 0; next != null && chained < MAX_CHAINED; chained++, next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
