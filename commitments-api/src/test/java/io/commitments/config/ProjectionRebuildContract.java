package io.commitments.config;

import io.commitments.audit.Ledger;
import io.commitments.history.HistoryGenerator;
import io.commitments.projections.audit.LedgerLinkProjection;
import io.commitments.history.HistorySpec;
import io.commitments.support.IntegrationTestAccess;
import io.commitments.support.ProjectionTables;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A generated history of thousands of events (meetings, decisions, commitments in every outcome) is
 * refused nothing by the rules, and rebuilding every view from it gives exactly the rows the live views
 * had. Deadlines do not run in this context, so nothing changes the history while it is compared. The history
 * is generated on several threads, whose out-of-order commits of months-old events once made the live views
 * lose events (see HistoryGenerator); every partnership's ledger verifies too.
 */
interface ProjectionRebuildContract extends IntegrationTestAccess {

    @Test
    default void rebuildFromAGeneratedHistoryEqualsTheLiveViews() throws Exception {
        ViewConsistency views = context().getBean(ViewConsistency.class);
        ProjectionRebuilds rebuilds = context().getBean(ProjectionRebuilds.class);
        long before = storedEventCount();

        HistoryGenerator.GeneratedHistory history = context().getBean(HistoryGenerator.class)
                .generate(new HistorySpec(17, 3, 7, 12, 10, LocalDate.of(2025, 1, 1)), 3);

        assertThat(history.refused()).as("steps the rules refused").isZero();
        assertThat(storedEventCount() - before).isGreaterThan(2000);
        StreamingEventProcessor ledgerProcessor = context().getBean(org.axonframework.config.EventProcessingConfiguration.class)
                .eventProcessor(LedgerLinkProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            views.trackPublished();
            return caughtUp(rebuilds) && caughtUp(ledgerProcessor, rebuilds);
        });
        Ledger ledger = context().getBean(Ledger.class);
        history.partnerships().forEach(partnership ->
                assertThat(ledger.verify(partnership.id(), null).valid()).as("ledger of " + partnership.name()).isTrue());
        Map<String, List<String>> live = ProjectionTables.snapshot(jdbc());
        assertThat(live.get("commitment_view")).hasSizeGreaterThan(150);
        String damaged = history.partnerships().get(0).name();
        jdbc().sql("DELETE FROM partnership_overview WHERE name = :name").param("name", damaged).update();

        mvc().perform(post("/api/admin/projections/rebuild").with(asAdmin()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$[?(@.name == 'views')].replayTarget").exists());
        await().atMost(Duration.ofSeconds(90)).until(rebuilds::idle);

        assertThat(ProjectionTables.snapshot(jdbc())).isEqualTo(live);
        mvc().perform(get("/api/admin/projections/partnership-overview").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("views"))
                .andExpect(jsonPath("$.position").value(jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry")
                        .query(Long.class).single()));
    }

    /** The ledger is never rebuilt, so the rebuilds do not report it. */
    private static boolean caughtUp(StreamingEventProcessor processor, ProjectionRebuilds rebuilds) {
        long head = rebuilds.status().get(0).head();
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
    }

    private static boolean caughtUp(ProjectionRebuilds rebuilds) {
        return rebuilds.status().stream().allMatch(status -> status.position() >= status.head());
    }

    @Test
    default void everyViewButTheLedgerSharesOneProcessorAndIsNamedByIt() throws Exception {
        mvc().perform(get("/api/admin/projections").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(contains("views")))
                .andExpect(jsonPath("$[0].views").value(contains("accountability-ledger",
                        "commitment-view", "decision-register", "follow-through", "meeting-view",
                        "organisation-directory", "partnership-events", "partnership-overview")));
        mvc().perform(get("/api/admin/projections/follow-through").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("views"));
    }

    @Test
    default void onlyAdministratorsSeeOrRebuildProjections() throws Exception {
        mvc().perform(post("/api/admin/projections/rebuild")).andExpect(status().isUnauthorized());
        mvc().perform(get("/api/admin/projections/no-such-projection").with(asAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("projection.not-found"));
    }
}
