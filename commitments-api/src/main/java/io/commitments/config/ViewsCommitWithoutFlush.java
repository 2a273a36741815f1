package io.commitments.config;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The views' transactions on PostgreSQL commit without waiting for their write-ahead log to reach the disk
 * ({@code SET LOCAL synchronous_commit TO OFF}, for those transactions only; PostgreSQL flushes it within three
 * times {@code wal_writer_delay}, 0.6 s by default).
 * <p>
 * What a crash of PostgreSQL can then lose is a view batch together with its token, never one without the other:
 * they commit in one transaction, and PostgreSQL's asynchronous commit loses whole transactions, the last ones,
 * without breaking consistency. The processor then finds its token where it was and applies those events again
 * from the store. The events themselves, what a command acknowledged, and the ledger's evidence still commit
 * with a flush. Every other write waits for its flush as before; on a disk where a flush costs what an insert
 * does (BENCHMARKS.md, B1), a view batch of one event no longer pays for one.
 */
final class ViewsCommitWithoutFlush implements TransactionManager {

    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    ViewsCommitWithoutFlush(TransactionManager transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = transactions.startTransaction();
        try {
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
