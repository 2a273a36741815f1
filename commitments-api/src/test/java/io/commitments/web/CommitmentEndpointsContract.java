package io.commitments.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The commitment endpoints of API.md: requests, offers, every action, reads, and each documented refusal. */
interface CommitmentEndpointsContract extends CommitmentRequests {

    @Test
    default void requestIsCreatedByTheCallersOrganisationAndCanBeRead() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        LocalDate due = today().plusDays(21);

        MvcResult created = mvc().perform(post("/api/partnerships/{pid}/commitments", world.partnershipId())
                        .with(world.memberA()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"performerOrganisationId": "%s", "description": "Share the winter rota",
                                 "dueDate": "%s", "outcome": "Fewer missed appointments"}"""
                                .formatted(world.orgB(), due)))
                .andExpect(status().isCreated())
                .andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/commitments/" + id);

        mvc().perform(get("/api/commitments/{id}", id).with(world.memberA()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.partnershipId").value(world.partnershipId()))
                .andExpect(jsonPath("$.state").value("REQUESTED"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.performer").value(world.orgB()))
                .andExpect(jsonPath("$.requester.organisation").value(world.orgA()))
                .andExpect(jsonPath("$.dueDate").value(due.toString()))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.outcome").value("Fewer missed appointments"))
                .andExpect(jsonPath("$.events", hasSize(1)))
                .andExpect(jsonPath("$.events[0].type").value("CommitmentRequestedEvent"))
                .andExpect(jsonPath("$.events[0].actor.person").value(world.people().memberA().personId().toString()));
    }

    @Test
    default void actionAnswersWithTheNewStateWhichTheNextReadShows() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = request(world, world.memberA(), world.orgB(), today().plusDays(30));

        act(world.memberB(), id, "promise")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.state").value("PROMISED"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.promisedBy").value(world.memberBId().toString()))
                .andExpect(jsonPath("$.events[1].type").value("CommitmentPromisedEvent"));

        mvc().perform(get("/api/commitments/{id}", id).with(world.memberB()))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.state").value("PROMISED"));
    }

    @Test
    default void offerByTheCallersOrganisationIsAcceptedByTheCoordinator() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String body = mvc().perform(post("/api/partnerships/{pid}/commitments/offers", world.partnershipId())
                        .with(world.memberC()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"Host the flu clinic\", \"dueDate\": \"%s\"}"
                                .formatted(today().plusDays(10))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/commitments/")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc().perform(get("/api/commitments/{id}", id).with(world.memberC()))
                .andExpect(jsonPath("$.state").value("OFFERED"))
                .andExpect(jsonPath("$.performer").value(world.orgC()));

        long before = storedEventCount();
        act(world.memberA(), id, "accept-offer")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("commitment.not-requester"));
        assertThat(storedEventCount()).isEqualTo(before);

        act(world.coordinator(), id, "accept-offer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PROMISED"));
    }

    @Test
    default void counterOffersGoBackAndForthUntilAcceptedOrRejected() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = request(world, world.memberA(), world.orgB(), today().plusDays(7));
        LocalDate later = today().plusDays(28);
        LocalDate between = today().plusDays(14);

        act(world.memberB(), id, "counter-offer", "{\"dueDate\": \"%s\", \"note\": \"staff on leave\"}".formatted(later))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COUNTERED"))
                .andExpect(jsonPath("$.proposedDueDate").value(later.toString()));
        act(world.memberA(), id, "counter-the-counter-offer",
                "{\"dueDate\": \"%s\", \"note\": \"meet halfway\"}".formatted(between))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REQUESTED"))
                .andExpect(jsonPath("$.dueDate").value(between.toString()));
        act(world.memberB(), id, "counter-offer", "{\"dueDate\": \"%s\", \"note\": \"still too soon\"}".formatted(later))
                .andExpect(status().isOk());
        act(world.memberA(), id, "accept-counter-offer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PROMISED"))
                .andExpect(jsonPath("$.dueDate").value(later.toString()));

        String rejected = request(world, world.memberA(), world.orgB(), today().plusDays(7));
        act(world.memberB(), rejected, "counter-offer", "{\"dueDate\": \"%s\", \"note\": \"later\"}".formatted(later))
                .andExpect(status().isOk());
        act(world.memberA(), rejected, "reject-counter-offer", "{\"reason\": \"needed before the audit\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECLINED"));
    }

    @Test
    default void promisedCommitmentIsRenegotiatedHandedOverAndReleased() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = promised(world);
        LocalDate later = today().plusDays(45);

        act(world.memberB(), id, "propose-renegotiation",
                "{\"dueDate\": \"%s\", \"reason\": \"supplier delay\"}".formatted(later))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proposedDueDate").value(later.toString()));
        act(world.memberA(), id, "accept-renegotiation")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value(later.toString()))
                .andExpect(jsonPath("$.proposedDueDate").doesNotExist());
        act(world.memberB(), id, "hand-over", "{\"toOrganisationId\": \"%s\", \"note\": \"they run it now\"}"
                .formatted(world.orgC()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handOverTo").value(world.orgC()));
        act(world.memberC(), id, "accept-hand-over")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.performer").value(world.orgC()));
        act(world.memberC(), id, "report-completion", "{\"note\": \"done\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETION_REPORTED"));
        act(world.memberA(), id, "declare-not-satisfied", "{\"reason\": \"weekends missing\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PROMISED"));
        act(world.memberA(), id, "release", "{\"reason\": \"no longer needed\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RELEASED"))
                .andExpect(jsonPath("$.version").value(8));
    }

    @Test
    default void stateThatForbidsTheActionIsAConflictWithItsCodeAndStoresNothing() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = request(world, world.memberA(), world.orgB(), today().plusDays(30));
        act(world.memberB(), id, "decline", "{\"reason\": \"no capacity this winter\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECLINED"));
        long before = storedEventCount();

        act(world.memberB(), id, "promise")
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("commitment.not-requested"))
                .andExpect(jsonPath("$.detail").value("commitment " + id + " cannot be promised: it is DECLINED"));
        act(world.memberA(), id, "declare-satisfied")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("commitment.completion-not-reported"));

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void invalidInputIsRefusedWithTheFieldsAndStoresNothing() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = promised(world);
        long before = storedEventCount();

        mvc().perform(post("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.memberA())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "performerOrganisationId", "description", "dueDate")));
        mvc().perform(post("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.memberA())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"performerOrganisationId\": \"%s\", \"description\": \"x\", \"dueDate\": \"%s\"}"
                                .formatted(world.orgB(), today().minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("dueDate"));
        act(world.memberB(), id, "withdraw", "{\"reason\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        act(world.memberB(), id, "report-progress", "{\"note\": \"fine\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        act(world.memberB(), id, "hand-over", "{\"note\": \"%s\", \"toOrganisationId\": \"%s\"}"
                .formatted("x".repeat(10_001), world.orgC()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void malformedInputIsRefusedAndStoresNothing() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = promised(world);
        long before = storedEventCount();

        act(world.memberB(), id, "report-progress", "{\"status\": \"SOMETIMES\", \"note\": \"?\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.detail").value(startsWith("status")));
        act(world.memberB(), id, "propose-renegotiation", "{\"dueDate\": \"next tuesday\", \"reason\": \"?\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.detail").value(startsWith("dueDate")));
        act(world.memberB(), id, "report-completion", "{\"note\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        act(world.memberB(), id, "withdraw")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        mvc().perform(post("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.memberA())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"performerOrganisationId\": \"not-a-uuid\", \"description\": \"x\", \"dueDate\": \"%s\"}"
                                .formatted(today().plusDays(3))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        act(world.memberB(), "not-a-uuid", "promise")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        mvc().perform(get("/api/commitments/{id}", "not-a-uuid").with(world.memberB()))
                .andExpect(status().isBadRequest());

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void withoutCredentialsNothingIsReadOrDone() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = request(world, world.memberA(), world.orgB(), today().plusDays(30));
        long before = storedEventCount();

        mvc().perform(post("/api/commitments/{id}/promise", id))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
        mvc().perform(get("/api/commitments/{id}", id)).andExpect(status().isUnauthorized());
        mvc().perform(get("/api/partnerships/{pid}/commitments", world.partnershipId()))
                .andExpect(status().isUnauthorized());

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void onlyTheRightSideAndRoleMayActAndNothingIsStoredOtherwise() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String requested = request(world, world.memberA(), world.orgB(), today().plusDays(30));
        String completed = promised(world);
        act(world.memberB(), completed, "report-completion", "{\"note\": \"done\"}").andExpect(status().isOk());
        long before = storedEventCount();

        act(world.auditor(), requested, "promise")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc().perform(post("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.auditor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"performerOrganisationId\": \"%s\", \"description\": \"x\", \"dueDate\": \"%s\"}"
                                .formatted(world.orgB(), today().plusDays(3))))
                .andExpect(status().isForbidden());
        act(world.memberA(), requested, "promise")
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("commitment.not-performer"));
        act(world.memberB(), completed, "declare-satisfied")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("commitment.not-requester"));
        mvc().perform(post("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.outsider())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"performerOrganisationId\": \"%s\", \"description\": \"x\", \"dueDate\": \"%s\"}"
                                .formatted(world.orgB(), today().plusDays(3))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));
        mvc().perform(post("/api/partnerships/{pid}/commitments/offers", world.partnershipId())
                        .with(world.coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"x\", \"dueDate\": \"%s\"}".formatted(today().plusDays(3))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("commitment.not-performer"));

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void onlyThoseWhoTakePartReadTheCommitments() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = request(world, world.memberA(), world.orgB(), today().plusDays(30));

        mvc().perform(get("/api/commitments/{id}", id).with(world.outsider()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));
        mvc().perform(get("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.outsider()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));
        mvc().perform(get("/api/commitments/{id}", id).with(world.auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc().perform(get("/api/commitments/{id}", id).with(world.memberC()))
                .andExpect(status().isOk());
    }

    @Test
    default void unknownIdsAndActionsAreNotFoundAndStoreNothing() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = request(world, world.memberA(), world.orgB(), today().plusDays(30));
        String unknown = UUID.randomUUID().toString();
        long before = storedEventCount();

        mvc().perform(get("/api/commitments/{id}", unknown).with(world.memberA()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("commitment.not-found"));
        act(world.memberB(), unknown, "promise")
                .andExpect(status().isNotFound());
        act(world.memberB(), id, "shrug")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("commitment.unknown-action"));
        mvc().perform(get("/api/partnerships/{pid}/commitments", unknown).with(world.admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
        mvc().perform(post("/api/partnerships/{pid}/commitments", unknown).with(world.memberA())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"performerOrganisationId\": \"%s\", \"description\": \"x\", \"dueDate\": \"%s\"}"
                                .formatted(world.orgB(), today().plusDays(3))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void staleIfMatchIsAPreconditionFailureAndTheReadETagSucceeds() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = promised(world);
        String read = mvc().perform(get("/api/commitments/{id}", id).with(world.memberB()))
                .andReturn().getResponse().getHeader("ETag");
        act(world.memberB(), id, "report-progress", "{\"status\": \"ON_TRACK\", \"note\": \"started\"}")
                .andExpect(status().isOk());
        long before = storedEventCount();

        mvc().perform(post("/api/commitments/{id}/report-progress", id).with(world.memberB()).header("If-Match", read)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"AT_RISK\", \"note\": \"late\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("request.version-mismatch"))
                .andExpect(jsonPath("$.currentVersion").value(2));
        mvc().perform(post("/api/commitments/{id}/report-progress", id).with(world.memberB()).header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"AT_RISK\", \"note\": \"late\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(storedEventCount()).isEqualTo(before);

        String current = mvc().perform(get("/api/commitments/{id}", id).with(world.memberB()))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(current).isEqualTo("\"2\"");
        mvc().perform(post("/api/commitments/{id}/report-progress", id).with(world.memberB()).header("If-Match", current)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"AT_RISK\", \"note\": \"late\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.progress").value("AT_RISK"));
    }

    @Test
    default void retriedActionWithTheSameKeyGetsTheFirstAnswerAndStoresNothing() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = request(world, world.memberA(), world.orgB(), today().plusDays(30));
        String key = UUID.randomUUID().toString();

        MvcResult first = mvc().perform(post("/api/commitments/{id}/promise", id).with(world.memberB())
                        .header("Idempotency-Key", key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PROMISED"))
                .andReturn();
        long after = storedEventCount();
        MvcResult retry = mvc().perform(post("/api/commitments/{id}/promise", id).with(world.memberB())
                        .header("Idempotency-Key", key))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn();

        assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(storedEventCount()).isEqualTo(after);
    }

    @Test
    default void partnershipCommitmentsAreFilteredByStatePerformerAndOverdue() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String ofB = request(world, world.memberA(), world.orgB(), today().plusDays(30));
        String ofC = request(world, world.memberA(), world.orgC(), today().plusDays(20));
        act(world.memberC(), ofC, "promise").andExpect(status().isOk());

        mvc().perform(get("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.memberA()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id").value(ofC))
                .andExpect(jsonPath("$[1].id").value(ofB));
        mvc().perform(get("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.memberA())
                        .param("state", "REQUESTED"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(ofB));
        mvc().perform(get("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.auditor())
                        .param("performer", world.orgC()).param("overdue", "false"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(ofC))
                .andExpect(jsonPath("$[0].state").value("PROMISED"));
        mvc().perform(get("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.memberA())
                        .param("overdue", "true"))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc().perform(get("/api/partnerships/{pid}/commitments", world.partnershipId()).with(world.memberA())
                        .param("state", "SOMEWHERE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"))
                .andExpect(jsonPath("$.errors[0].message").value(allOf(
                        startsWith("is not one of REQUESTED, OFFERED, "), containsString("PROMISED"))));
    }

    /**
     * A node killed after committing a command and before recording its answer from the views leaves the key's
     * response provisional. A retry is told to wait while the answer may still come, then gets the response
     * the command gave with its events; it never waits for ever, and nothing is stored twice.
     */
    @Test
    default void retryAfterTheFirstRequestsNodeDiedBeforeAnsweringGetsTheStoredResponseOnceOverdue() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = promised(world);
        String key = UUID.randomUUID().toString();
        MockHttpServletRequestBuilder report = post("/api/commitments/{id}/report-progress", id).with(world.memberB())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"AT_RISK\", \"note\": \"the node died after this\"}");
        mvc().perform(report).andExpect(status().isOk());
        long stored = storedEventCount();
        jdbc().sql("""
                        UPDATE idempotency_key SET provisional = TRUE, body = NULL, content_type = NULL,
                               created_at = :now WHERE idempotency_key = :key""")
                .param("now", java.sql.Timestamp.from(java.time.Instant.now())).param("key", key).update();

        mvc().perform(report).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("request.in-progress"));

        jdbc().sql("UPDATE idempotency_key SET created_at = :then WHERE idempotency_key = :key")
                .param("then", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600))).param("key", key)
                .update();
        mvc().perform(report).andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(storedEventCount()).isEqualTo(stored);
    }
}
