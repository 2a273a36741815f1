package io.commitments.config;

import io.commitments.core.api.organisation.RegisterOrganisationCommand;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.support.IntegrationTestAccess;
import io.commitments.support.ProjectionTables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A rebuild empties the views and replays the event store into them: the result equals the live views. */
interface ProjectionRebuildContract extends IntegrationTestAccess {

    int HISTORY = 1500;

    @Test
    default void rebuildFromAGeneratedHistoryEqualsTheLiveViews() throws Exception {
        CommandGateway commands = context().getBean(CommandGateway.class);
        ViewConsistency views = context().getBean(ViewConsistency.class);
        ProjectionRebuilds rebuilds = context().getBean(ProjectionRebuilds.class);
        views.forgetPublished();
        for (int i = 0; i < HISTORY; i++) {
            commands.sendAndWait(new RegisterOrganisationCommand(OrganisationId.random(), "Practice " + i));
            commands.sendAndWait(new RegisterPartnershipCommand(PartnershipId.random(), "Network " + i,
                    DecisionRule.values()[i % 3], 1 + i % 5));
        }
        assertThat(views.awaitPublished()).isTrue();
        Map<String, List<String>> live = ProjectionTables.snapshot(jdbc());
        assertThat(live.get("organisation_directory")).hasSizeGreaterThanOrEqualTo(HISTORY);
        jdbc().sql("DELETE FROM partnership_overview WHERE name = 'Network 7'").update();

        mvc().perform(post("/api/admin/projections/rebuild").with(asAdmin()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$[?(@.name == 'partnership-overview')].replayTarget").exists());
        await().atMost(Duration.ofSeconds(60)).until(rebuilds::idle);

        assertThat(ProjectionTables.snapshot(jdbc())).isEqualTo(live);
        mvc().perform(get("/api/admin/projections/partnership-overview").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value(jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry")
                        .query(Long.class).single()));
    }

    @Test
    default void onlyAdministratorsSeeOrRebuildProjections() throws Exception {
        mvc().perform(post("/api/admin/projections/rebuild")).andExpect(status().isUnauthorized());
        mvc().perform(get("/api/admin/projections/no-such-projection").with(asAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("projection.not-found"));
    }
}
