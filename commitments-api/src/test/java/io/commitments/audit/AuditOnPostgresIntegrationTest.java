package io.commitments.audit;

import io.commitments.history.HistorySpec;
import io.commitments.support.AbstractPostgresIntegrationTest;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;

/** On PostgreSQL, the same rules over a shorter history (the H2 run covers thousands of events). */
@TestPropertySource(properties = "commitments.deadlines.execute=false")
class AuditOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements AuditContract {

    @Override
    public HistorySpec auditedHistory() {
        return new HistorySpec(71, 2, 8, 4, 20, LocalDate.of(2025, 1, 1));
    }

    @Override
    public int auditedEvents() {
        return 400;
    }
}
