package io.commitments.audit;

import io.commitments.history.HistorySpec;
import io.commitments.support.AbstractH2IntegrationTest;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;

/** On the embedded default, the audited partnership has thousands of events (4,000 in the store). */
@TestPropertySource(properties = "commitments.deadlines.execute=false")
class AuditOnH2IntegrationTest extends AbstractH2IntegrationTest implements AuditContract {

    @Override
    public HistorySpec auditedHistory() {
        return new HistorySpec(71, 2, 8, 12, 32, LocalDate.of(2025, 1, 1));
    }

    @Override
    public int auditedEvents() {
        return 2000;
    }
}
