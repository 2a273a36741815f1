package io.commitments.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Decisions: their actions and the commitments they request, rescission, and contest notes. */
interface DecisionContract extends GovernanceSupport {

    String ACTION = """
            {"performerOrganisationId": "%s", "description": "Second two nurses", "dueDate": "%s"}""";

    @Test
    default void anActionRequestsItsCommitmentAtomicallyAndHoldsItsPerformerToIt() throws Exception {
        Board board = sharedBoard();
        String decision = adoptedDecision(board);
        long before = storedEventCount();

        // the decision accepts the action; the commitment refuses a due date in the past: neither is stored
        send("/api/decisions/{did}/actions", as(board.coordinator()),
                ACTION.formatted(board.council().organisationId(), LocalDate.now().minusDays(2)), decision)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueDate"));
        assertThat(storedEventCount()).isEqualTo(before);
        read("/api/decisions/{did}", as(board.council()), decision)
                .andExpect(jsonPath("$.actions", hasSize(0)));

        String later = LocalDate.now().plusDays(14).toString();
        send("/api/decisions/{did}/actions", as(board.riverside()), ACTION.formatted(board.council().organisationId(), later),
                decision)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("decision.coordinator-only"));
        send("/api/decisions/{did}/actions", as(board.coordinator()),
                ACTION.formatted(board.outsider().organisationId(), later), decision)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("decision.performer-not-a-member"));
        send("/api/decisions/{did}/actions", as(board.coordinator()),
                ACTION.formatted(board.council().organisationId(), later), UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("decision.not-found"));
        send("/api/decisions/{did}/actions", as(board.coordinator()),
                "{\"performerOrganisationId\": \"%s\", \"dueDate\": \"%s\"}".formatted(board.council().organisationId(), later),
                decision)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        send("/api/decisions/{did}/actions", as(board.coordinator()),
                ACTION.formatted(board.council().organisationId(), "2026-13-45"), decision)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        assertThat(storedEventCount()).isEqualTo(before);

        String commitment = idOf(send("/api/decisions/{did}/actions", as(board.coordinator()),
                ACTION.formatted(board.council().organisationId(), later), decision)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/commitments/"))));
        read("/api/decisions/{did}", as(board.council()), decision)
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.actions[0].commitmentId").value(commitment))
                .andExpect(jsonPath("$.actions[0].performer").value(board.council().organisationId()))
                .andExpect(jsonPath("$.actions[0].state").value("REQUESTED"));

        // no abdication: the performer cannot leave while it owes the decision's action
        before = storedEventCount();
        send("/api/partnerships/{pid}/members/{oid}/withdraw", as(board.council()), "{\"reason\": \"reorganising\"}",
                board.partnershipId(), board.council().organisationId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("partnership.member-has-open-commitments"))
                .andExpect(jsonPath("$.openCommitments[*]").value(org.hamcrest.Matchers.hasItem(commitment)));

        // a member contests one event of the commitment's history; the history stays as it was
        String requested = jdbc().sql("""
                        SELECT event_identifier FROM domain_event_entry
                        WHERE aggregate_identifier = :id AND sequence_number = 0""")
                .param("id", commitment).query(String.class).single();
        send("/api/commitments/{id}/events/{event}/contest", as(board.outsider()), "{\"note\": \"not ours\"}",
                commitment, requested)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("contest.not-a-member"));
        send("/api/commitments/{id}/events/{event}/contest", as(board.council()), "{\"note\": \"wrong\"}",
                commitment, UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("commitment.event-not-found"));
        send("/api/commitments/{id}/events/{event}/contest", as(board.council()), "{\"note\": \"wrong\"}",
                UUID.randomUUID(), requested)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("commitment.not-found"));
        send("/api/commitments/{id}/events/{event}/contest", as(board.council()), "{\"note\": \"\"}", commitment, requested)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(storedEventCount()).isEqualTo(before);
        send("/api/commitments/{id}/events/{event}/contest", as(board.council()),
                "{\"note\": \"we were asked for one nurse, not two\"}", commitment, requested)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/commitments/" + commitment))
                .andExpect(jsonPath("$.id").isString());
        assertThat(storedEventCount()).isEqualTo(before + 1);
    }

    @Test
    default void aDecisionIsContestedAndRescindedButNeverEdited() throws Exception {
        Board board = sharedBoard();
        String decision = adoptedDecision(board);
        long before = storedEventCount();

        send("/api/decisions/{did}/contest", as(board.outsider()), "{\"note\": \"not ours\"}", decision)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("contest.not-a-member"));
        send("/api/decisions/{did}/rescind", as(board.hillside()), "{\"reason\": \"we changed our minds\"}", decision)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("decision.coordinator-only"));
        send("/api/decisions/{did}/rescind", as(board.coordinator()), "{}", decision)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send("/api/decisions/{did}/rescind", as(board.coordinator()),
                "{\"reason\": \"replaced\", \"supersededBy\": \"%s\"}".formatted(UUID.randomUUID()), decision)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("decision.not-found"));
        assertThat(storedEventCount()).isEqualTo(before);

        send("/api/decisions/{did}/contest", as(board.hillside()),
                "{\"note\": \"the minutes omit our condition on funding\"}", decision)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/decisions/" + decision));
        send("/api/decisions/{did}/rescind", as(board.coordinator()),
                "{\"reason\": \"funding withdrawn by the council\"}", decision)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(decision))
                .andExpect(jsonPath("$.state").value("RESCINDED"))
                .andExpect(jsonPath("$.version").value(2));

        before = storedEventCount();
        send("/api/decisions/{did}/rescind", as(board.coordinator()), "{\"reason\": \"again\"}", decision)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("decision.not-in-force"));
        send("/api/decisions/{did}/actions", as(board.coordinator()),
                ACTION.formatted(board.council().organisationId(), LocalDate.now().plusDays(7)), decision)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("decision.not-in-force"));
        assertThat(storedEventCount()).isEqualTo(before);

        read("/api/decisions/{did}", as(board.hillside()), decision)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.status").value("RESCINDED"))
                .andExpect(jsonPath("$.rescission.reason").value("funding withdrawn by the council"))
                .andExpect(jsonPath("$.contestNotes[0].organisationId").value(board.hillside().organisationId()))
                .andExpect(jsonPath("$.contestNotes[0].note").value("the minutes omit our condition on funding"));
        read("/api/decisions/{did}", as(board.outsider()), decision)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));
        read("/api/partnerships/{pid}/decisions", as(board.outsider()), board.partnershipId())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));
        read("/api/partnerships/{pid}/decisions", as(board.auditor()), board.partnershipId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.decisionId == '%s')].status".formatted(decision)).value("RESCINDED"));
        read("/api/partnerships/{pid}/decisions", asAdmin(), UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
        read("/api/partnerships/{pid}/decisions", as(board.outsider()), UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
    }
}
