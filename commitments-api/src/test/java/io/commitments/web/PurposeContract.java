package io.commitments.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The shared purpose: proposed, endorsed by every member organisation, adopted, revised. */
interface PurposeContract extends GovernanceSupport {

    @Test
    default void aPurposeIsAdoptedOnceEveryMemberEndorsesItAndARevisionKeepsOutcomeIds() throws Exception {
        Board board = sharedBoard();
        String pid = board.partnershipId();
        String statement = unique("Fewer delayed discharges");

        String body = send("/api/partnerships/{pid}/purposes", as(board.riverside()), """
                {"statement": "%s", "outcomes": ["Discharge within 48 hours", "No readmission within 30 days"]}"""
                .formatted(statement), pid)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/partnerships/%s/purpose".formatted(pid))))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(body, "$.version");
        String pending = "$.pending[?(@.version == %d)]".formatted(version);
        read("/api/partnerships/{pid}/purpose", as(board.council()), pid)
                .andExpect(status().isOk())
                .andExpect(jsonPath(pending + ".statement").value(statement))
                .andExpect(jsonPath(pending + ".awaitingEndorsement[*]").value(hasItem(board.council().organisationId())));

        for (Person member : new Person[]{board.riverside(), board.hillside(), board.council()}) {
            send("/api/partnerships/{pid}/purposes/{v}/endorse", as(member), "", pid, version)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.endorsedBy").value(member.organisationId()));
        }
        String purpose = read("/api/partnerships/{pid}/purpose", as(board.hillside()), pid)
                .andExpect(jsonPath("$.adopted.version").value(version))
                .andExpect(jsonPath("$.adopted.status").value("ADOPTED"))
                .andReturn().getResponse().getContentAsString();
        String kept = JsonPath.<List<String>>read(purpose,
                "$.adopted.outcomes[?(@.text == 'Discharge within 48 hours')].outcomeId").get(0);

        body = send("/api/partnerships/{pid}/purposes", as(board.coordinator()), """
                {"statement": "%s, revised", "outcomes": ["Discharge within 48 hours", "Carers told on day one"]}"""
                .formatted(statement), pid)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        int revision = JsonPath.read(body, "$.version");
        assertThat(revision).isEqualTo(version + 1);
        read("/api/partnerships/{pid}/purpose", as(board.hillside()), pid)
                .andExpect(jsonPath("$.adopted.version").value(version))
                .andExpect(jsonPath("$.pending[?(@.version == %d)].outcomes[?(@.text == 'Discharge within 48 hours')].outcomeId"
                        .formatted(revision)).value(kept));
    }

    @Test
    default void purposeRefusalsStoreNothing() throws Exception {
        Board board = sharedBoard();
        String pid = board.partnershipId();
        long before = storedEventCount();

        send("/api/partnerships/{pid}/purposes", as(board.outsider()),
                "{\"statement\": \"Ours now\", \"outcomes\": [\"Control\"]}", pid)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("purpose.proposer-not-a-member"));
        send("/api/partnerships/{pid}/purposes", as(board.auditor()),
                "{\"statement\": \"Audit\", \"outcomes\": [\"Audit\"]}", pid)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        send("/api/partnerships/{pid}/purposes", as(board.riverside()), "{\"statement\": \"No outcomes\", \"outcomes\": []}", pid)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcomes"));
        send("/api/partnerships/{pid}/purposes", as(board.riverside()), "{\"statement\": \"Blank\", \"outcomes\": [\" \"]}", pid)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcomes[0]"));
        send("/api/partnerships/{pid}/purposes", as(board.riverside()),
                "{\"statement\": \"Elsewhere\", \"outcomes\": [\"x\"]}", UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
        send("/api/partnerships/{pid}/purposes/{v}/endorse", as(board.riverside()), "", pid, 9999)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("purpose.unknown-version"));
        send("/api/partnerships/{pid}/purposes/{v}/endorse", as(board.riverside()), "", pid, "first")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(storedEventCount()).isEqualTo(before);

        read("/api/partnerships/{pid}/purpose", as(board.outsider()), pid)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));
        read("/api/partnerships/{pid}/purpose", asAdmin(), UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
        read("/api/partnerships/{pid}/purpose", as(board.outsider()), UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
    }
}
