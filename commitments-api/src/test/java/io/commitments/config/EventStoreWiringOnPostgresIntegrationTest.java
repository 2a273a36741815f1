package io.commitments.config;

import io.commitments.projections.audit.LedgerLinkProjection;
import io.commitments.support.AbstractPostgresIntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreWiringOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements EventStoreWiringContract {

    @Test
    void onlyTheViewsTransactionsCommitWithoutWaitingForTheDisk() {
        org.axonframework.config.EventProcessingConfiguration processing =
                context().getBean(org.axonframework.config.Configuration.class).eventProcessingConfiguration();

        assertThat(synchronousCommitIn(processing.transactionManager(EventProcessingConfiguration.VIEWS))).isEqualTo("off");
        assertThat(synchronousCommitIn(processing.transactionManager(LedgerLinkProjection.PROCESSING_GROUP))).isEqualTo("on");
        assertThat(synchronousCommitIn(context().getBean(TransactionManager.class))).isEqualTo("on");
        assertThat(jdbc().sql("SHOW synchronous_commit").query(String.class).single())
                .as("SET LOCAL ends with its transaction").isEqualTo("on");
    }

    private String synchronousCommitIn(TransactionManager transactions) {
        return transactions.fetchInTransaction(() -> jdbc().sql("SHOW synchronous_commit").query(String.class).single());
    }
}
