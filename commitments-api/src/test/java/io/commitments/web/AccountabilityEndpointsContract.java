package io.commitments.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The accountability views over HTTP: the ledger, its series and the follow-through board, as commitments live. */
interface AccountabilityEndpointsContract extends CommitmentRequests {

    private String line(String organisation) {
        return "$.organisations[?(@.organisationId == '%s')]".formatted(organisation);
    }

    @Test
    default void keptCommitmentMovesAcrossTheBoardAndCountsAsKeptOnTime() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = request(world, world.memberA(), world.orgB(), today().plusDays(5));
        String board = "/api/partnerships/{pid}/follow-through";

        mvc().perform(get(board, world.partnershipId()).with(world.coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(today().toString()))
                .andExpect(jsonPath("$.awaitingResponse[*].commitmentId", contains(id)));
        act(world.memberB(), id, "promise").andExpect(status().isOk());
        act(world.memberB(), id, "report-progress", "{\"status\": \"AT_RISK\", \"note\": \"two nurses off sick\"}")
                .andExpect(status().isOk());
        mvc().perform(get(board, world.partnershipId()).with(world.coordinator()))
                .andExpect(jsonPath("$.atRisk[*].commitmentId", contains(id)))
                .andExpect(jsonPath("$.atRisk[0].progressNote").value("two nurses off sick"))
                .andExpect(jsonPath("$.dueSoon[*].commitmentId", contains(id)))
                .andExpect(jsonPath("$.awaitingResponse", empty()));

        act(world.memberB(), id, "report-completion", "{\"note\": \"rota shared\"}").andExpect(status().isOk());
        mvc().perform(get(board, world.partnershipId()).with(world.memberA()))
                .andExpect(jsonPath("$.awaitingSatisfaction[*].commitmentId", contains(id)))
                .andExpect(jsonPath("$.atRisk", empty()));

        act(world.memberA(), id, "declare-satisfied")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("KEPT"))
                .andExpect(jsonPath("$.keptOnTime").value(true));
        mvc().perform(get(board, world.partnershipId()).with(world.memberA()))
                .andExpect(jsonPath("$.awaitingSatisfaction", empty()))
                .andExpect(jsonPath("$.dueSoon", empty()))
                .andExpect(jsonPath("$.overdue", empty()));

        mvc().perform(get("/api/partnerships/{pid}/accountability", world.partnershipId()).with(world.auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value(today().toString()))
                .andExpect(jsonPath(line(world.orgB()) + ".made").value(1))
                .andExpect(jsonPath(line(world.orgB()) + ".keptOnTime").value(1))
                .andExpect(jsonPath(line(world.orgB()) + ".keptLate").value(0))
                .andExpect(jsonPath(line(world.orgB()) + ".open").value(0))
                .andExpect(jsonPath(line(world.orgB()) + ".overdue").value(0))
                .andExpect(jsonPath(line(world.orgB()) + ".reliability").value(1.0))
                .andExpect(jsonPath(line(world.orgB()) + ".onTimeRate").value(1.0))
                .andExpect(jsonPath(line(world.orgB()) + ".member").value(true))
                .andExpect(jsonPath("$.people[?(@.personId == '%s')].keptOnTime".formatted(world.memberBId()))
                        .value(1));

        mvc().perform(get("/api/partnerships/{pid}/accountability/series", world.partnershipId())
                        .with(world.memberC()).param("interval", "MONTH"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interval").value("MONTH"))
                .andExpect(jsonPath(line(world.orgB()) + ".periods[-1].end").value(today().toString()))
                .andExpect(jsonPath(line(world.orgB()) + ".periods[-1].keptOnTime").value(1))
                .andExpect(jsonPath(line(world.orgB()) + ".periods[-1].reliability").value(1.0));
    }

    @Test
    default void withdrawnPromiseCountsAgainstThePerformerAndDeclineAgainstNobody() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String withdrawn = request(world, world.memberA(), world.orgB(), today().plusDays(30));
        String declined = request(world, world.memberA(), world.orgC(), today().plusDays(30));
        act(world.memberB(), withdrawn, "promise").andExpect(status().isOk());
        act(world.memberB(), withdrawn, "withdraw", "{\"reason\": \"funding cut\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"));
        act(world.memberC(), declined, "decline", "{\"reason\": \"not our service\"}").andExpect(status().isOk());

        mvc().perform(get("/api/partnerships/{pid}/accountability", world.partnershipId()).with(world.memberA()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(line(world.orgB()) + ".made").value(1))
                .andExpect(jsonPath(line(world.orgB()) + ".withdrawn").value(1))
                .andExpect(jsonPath(line(world.orgB()) + ".reliability").value(0.0))
                .andExpect(jsonPath(line(world.orgB()) + ".onTimeRate").value(hasItem((Object) null)))
                .andExpect(jsonPath(line(world.orgC()) + ".declined").value(1))
                .andExpect(jsonPath(line(world.orgC()) + ".reliability").value(hasItem((Object) null)));

        LocalDate yesterday = today().minusDays(1);
        mvc().perform(get("/api/partnerships/{pid}/accountability", world.partnershipId()).with(world.memberA())
                        .param("from", yesterday.toString()).param("to", yesterday.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(yesterday.toString()))
                .andExpect(jsonPath("$.organisations[*].withdrawn", not(hasItem(1))));
    }

    @Test
    default void accountabilityReadsRefuseBadInputOutsidersAndUnknownPartnerships() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String pid = world.partnershipId();

        mvc().perform(get("/api/partnerships/{pid}/accountability", pid).with(world.memberA())
                        .param("from", today().toString()).param("to", today().minusDays(3).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc().perform(get("/api/partnerships/{pid}/accountability", pid).with(world.memberA()).param("to", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc().perform(get("/api/partnerships/{pid}/accountability/series", pid).with(world.memberA())
                        .param("interval", "FORTNIGHT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("interval"));
        mvc().perform(get("/api/partnerships/{pid}/follow-through", pid).with(world.memberA())
                        .param("dueSoonDays", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueSoonDays"));

        for (String view : new String[]{"accountability", "accountability/series", "follow-through"}) {
            mvc().perform(get("/api/partnerships/{pid}/" + view, pid).with(world.outsider()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("partnership.not-participant"));
            mvc().perform(get("/api/partnerships/{pid}/" + view, pid))
                    .andExpect(status().isUnauthorized());
            mvc().perform(get("/api/partnerships/{pid}/" + view, UUID.randomUUID()).with(world.auditor()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("partnership.not-found"));
        }
    }
}
