package io.commitments.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partnership board's meeting end to end over HTTP: three member organisations meet, adopt a decision by
 * consent with one recorded dissent, and the decision requests two commitments as its actions.
 */
interface GovernanceFlowContract extends GovernanceSupport {

    @Test
    default void boardAdoptsADecisionWithDissentAndRequestsTwoCommitments() throws Exception {
        Board board = sharedBoard();
        String meeting = scheduledMeeting(board);
        read("/api/meetings/{mid}", as(board.coordinator()), meeting)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.state").value("SCHEDULED"))
                .andExpect(jsonPath("$.decisionRule").value("CONSENT"))
                .andExpect(jsonPath("$.quorum.required").value(2));

        send("/api/meetings/{mid}/open", as(board.coordinator()), """
                {"attendance": [{"organisationId": "%s", "status": "PRESENT"},
                                {"organisationId": "%s", "status": "PRESENT"},
                                {"organisationId": "%s", "status": "PRESENT"}]}""".formatted(
                board.riverside().organisationId(), board.hillside().organisationId(),
                board.council().organisationId()), meeting)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(meeting))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.version").value(1));
        String proposal = tabled(board, meeting);

        position(board.riverside(), proposal, "AGREE", null).andExpect(status().isOk());
        position(board.hillside(), proposal, "DISAGREE", "no budget for backfill this winter")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(proposal))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.organisationId").value(board.hillside().organisationId()))
                .andExpect(jsonPath("$.position").value("DISAGREE"));
        position(board.council(), proposal, "AGREE", null).andExpect(status().isOk());

        String closed = closeProposal(board, proposal)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("ADOPTED"))
                .andReturn().getResponse().getContentAsString();
        String decision = com.jayway.jsonpath.JsonPath.read(closed, "$.decisionId");

        String nurses = action(board, decision, board.riverside());
        String beds = idOf(send("/api/decisions/{did}/actions", as(board.coordinator()), """
                {"performerOrganisationId": "%s", "description": "Fund four step-down beds",
                 "dueDate": "%s", "conditionsOfSatisfaction": "beds open and staffed"}""".formatted(
                board.council().organisationId(), LocalDate.now().plusDays(60)), decision)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/commitments/"))));
        send("/api/meetings/{mid}/close", as(board.coordinator()),
                "{\"minutes\": \"Adopted with Hillside's dissent recorded.\"}", meeting)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));

        read("/api/meetings/{mid}", as(board.hillside()), meeting)
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.quorum.present").value(3))
                .andExpect(jsonPath("$.quorum.met").value(true))
                .andExpect(jsonPath("$.attendance", hasSize(3)))
                .andExpect(jsonPath("$.proposals[0].outcome").value("ADOPTED"))
                .andExpect(jsonPath("$.proposals[0].decisionId").value(decision))
                .andExpect(jsonPath("$.proposals[0].positions[?(@.position == 'DISAGREE')].reason")
                        .value("no budget for backfill this winter"))
                .andExpect(jsonPath("$.decisions[0].decisionId").value(decision))
                .andExpect(jsonPath("$.decisions[0].actions", hasSize(2)))
                .andExpect(jsonPath("$.minutes").value("Adopted with Hillside's dissent recorded."));

        String entry = "$[?(@.decisionId == '%s')]".formatted(decision);
        read("/api/partnerships/{pid}/decisions", as(board.council()), board.partnershipId())
                .andExpect(status().isOk())
                .andExpect(jsonPath(entry + ".meetingId").value(meeting))
                .andExpect(jsonPath(entry + ".status").value("IN_FORCE"))
                .andExpect(jsonPath(entry + ".dissent").value(true))
                .andExpect(jsonPath(entry + ".positions[?(@.organisationId == '%s')].position"
                        .formatted(board.hillside().organisationId())).value("DISAGREE"))
                .andExpect(jsonPath(entry + ".positions[?(@.organisationId == '%s')].reason"
                        .formatted(board.hillside().organisationId())).value("no budget for backfill this winter"))
                .andExpect(jsonPath(entry + ".followThrough.actions").value(2))
                .andExpect(jsonPath(entry + ".followThrough.open").value(2))
                .andExpect(jsonPath(entry + ".actions[?(@.commitmentId == '%s')].performer".formatted(nurses))
                        .value(board.riverside().organisationId()))
                .andExpect(jsonPath(entry + ".actions[?(@.commitmentId == '%s')].state".formatted(beds))
                        .value("REQUESTED"));
        read("/api/partnerships/{pid}", as(board.riverside()), board.partnershipId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.decisions", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.counts.openCommitments", greaterThanOrEqualTo(2)));
    }
}
