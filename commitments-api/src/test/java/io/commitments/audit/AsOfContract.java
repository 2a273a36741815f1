package io.commitments.audit;

import com.jayway.jsonpath.JsonPath;
import io.commitments.core.api.commitment.CommitmentDetails;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.commitment.FindCommitmentQuery;
import io.commitments.core.api.commitment.FindPartnershipCommitmentsQuery;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.ReportProgressCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.decision.FindDecisionRegisterQuery;
import io.commitments.core.api.meeting.FindMeetingQuery;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingView;
import io.commitments.core.api.meeting.ScheduleMeetingCommand;
import io.commitments.core.api.partnership.FindPartnershipOverviewQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.purpose.FindSharedPurposeQuery;
import io.commitments.core.api.purpose.SharedPurposeView;
import io.commitments.history.GeneratedPartnership;
import io.commitments.history.HistoryGenerator;
import io.commitments.history.HistorySpec;
import io.commitments.support.IntegrationTestAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * State as of a point of history equals what the live views showed at that moment. A generated history is
 * continued in steps; after each, the live views are captured with the position they include, and at the end
 * every capture is compared with the state rebuilt as of its position (and, for the first, its instant).
 */
interface AsOfContract extends IntegrationTestAccess {

    /** What the live views showed after one step, and the commitments and meeting followed through the steps. */
    record Moment(long position, PartnershipAsOf partnership, CommitmentDetails followed, CommitmentDetails asked,
                  MeetingView meeting) {
    }

    @Test
    default void stateAsOfAPositionOrInstantEqualsTheLiveViewsAtThatMoment() throws Exception {
        CommandGateway commands = context().getBean(CommandGateway.class);
        AsOfReplay replay = context().getBean(AsOfReplay.class);
        GeneratedPartnership generated = context().getBean(HistoryGenerator.class).generate(new HistorySpec(23, 1, 5, 3, 8,
                LocalDate.now(ZoneOffset.UTC).minusMonths(6).withDayOfMonth(1))).partnerships().get(0);
        PartnershipId partnership = generated.id();
        CommitmentSummary followed = live(partnership, -1).openCommitments().stream()
                .filter(commitment -> commitment.state() == CommitmentState.PROMISED)
                .findFirst().orElseThrow();
        Actor performer = member(generated, followed.performer());
        OrganisationId asking = generated.members().keySet().stream()
                .filter(organisation -> !organisation.equals(followed.performer())).findFirst().orElseThrow();
        CommitmentId asked = CommitmentId.random();
        MeetingId meeting = MeetingId.random();
        List<Moment> moments = new ArrayList<>();
        moments.add(moment(partnership, followed.id(), asked, meeting));

        PartnershipOverview overview = moments.get(0).partnership().overview();
        commands.sendAndWait(new RequestCommitmentCommand(asked, partnership, Requester.byMember(asking),
                followed.performer(), "Share the as-of audit notes", LocalDate.now(ZoneOffset.UTC).plusDays(30), null,
                null, member(generated, asking)));
        commands.sendAndWait(new ReportProgressCommand(followed.id(), ProgressStatus.AT_RISK, "two staff off sick",
                performer));
        commands.sendAndWait(new ScheduleMeetingCommand(meeting, partnership, "Audit follow-up",
                Instant.now().plus(Duration.ofDays(7)), List.of("Follow-through review"),
                overview.partnership().decisionRule(), overview.partnership().quorum(),
                new Actor(generated.coordinator(), null)));
        moments.add(moment(partnership, followed.id(), asked, meeting));

        commands.sendAndWait(new PromiseCommitmentCommand(asked, performer));
        commands.sendAndWait(new ReportCompletionCommand(followed.id(), "rota shared with every practice", performer));
        moments.add(moment(partnership, followed.id(), asked, meeting));

        for (Moment moment : moments) {
            AsOf point = AsOf.position(moment.position());
            assertThat(replay.partnership(partnership, point)).as("partnership at " + moment.position())
                    .contains(moment.partnership());
            assertThat(replay.commitment(followed.id(), point)).contains(moment.followed());
            assertThat(replay.commitment(asked, point)).isEqualTo(Optional.ofNullable(moment.asked()));
            assertThat(replay.meeting(meeting, point)).isEqualTo(Optional.ofNullable(moment.meeting()));
        }
        assertThat(moments.get(1).asked().commitment().state()).isEqualTo(CommitmentState.REQUESTED);
        assertThat(moments.get(2).followed().commitment().state()).isEqualTo(CommitmentState.COMPLETION_REPORTED);

        Instant generatedUntil = Instant.parse(jdbc().sql("SELECT MAX(time_stamp) FROM domain_event_entry WHERE global_index <= :p")
                .param("p", moments.get(0).position()).query(String.class).single());
        AsOf byTime = replay.at(generatedUntil);
        assertThat(byTime.position()).isEqualTo(moments.get(0).position());
        assertThat(replay.partnership(partnership, byTime)).contains(withInstant(moments.get(0).partnership(), generatedUntil));
        assertThat(replay.partnership(partnership, replay.at(generatedUntil.minus(Duration.ofDays(400))))).isEmpty();
    }

    @Test
    default void asOfReadsOverHttpNameTheirPositionAndRefuseBadInputAndOutsiders() throws Exception {
        GeneratedPartnership generated = context().getBean(HistoryGenerator.class).generate(new HistorySpec(29, 1, 4, 2, 4,
                LocalDate.now(ZoneOffset.UTC).minusMonths(4).withDayOfMonth(1))).partnerships().get(0);
        String pid = generated.id().toString();
        AuditFixture.awaitProcessors(context());
        long head = jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        long registered = jdbc().sql("SELECT MIN(global_index) FROM partnership_event WHERE partnership_id = :p")
                .param("p", generated.id().value()).query(Long.class).single();
        String commitment = jdbc().sql("""
                        SELECT d.aggregate_identifier FROM partnership_event e JOIN domain_event_entry d
                          ON d.global_index = e.global_index
                        WHERE e.partnership_id = :p AND d.payload_type LIKE '%.CommitmentRequestedEvent'
                        ORDER BY e.global_index LIMIT 1""")
                .param("p", generated.id().value()).query(String.class).single();
        String meeting = jdbc().sql("""
                        SELECT d.aggregate_identifier FROM partnership_event e JOIN domain_event_entry d
                          ON d.global_index = e.global_index
                        WHERE e.partnership_id = :p AND d.payload_type LIKE '%.MeetingScheduledEvent'
                        ORDER BY e.global_index LIMIT 1""")
                .param("p", generated.id().value()).query(String.class).single();

        mvc().perform(get("/api/partnerships/{pid}", pid).param("atPosition", String.valueOf(head)).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(header().string("As-Of-Position", String.valueOf(head)))
                .andExpect(jsonPath("$.overview.partnership.id").value(pid))
                .andExpect(jsonPath("$.overview.members.length()").value(4))
                .andExpect(jsonPath("$.openCommitments").isArray())
                .andExpect(jsonPath("$.decisions").isArray());
        mvc().perform(get("/api/partnerships/{pid}", pid).param("asOf", Instant.now().toString()).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overview.partnership.id").value(pid));
        mvc().perform(get("/api/partnerships/{pid}", pid).param("atPosition", String.valueOf(registered - 1)).with(asAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
        mvc().perform(get("/api/commitments/{id}", commitment).param("atPosition", String.valueOf(head)).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitment.id").value(commitment))
                .andExpect(jsonPath("$.timeline[0].sequence").value(0));
        mvc().perform(get("/api/meetings/{id}", meeting).param("asOf", Instant.now().toString()).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetingId").value(meeting));
        mvc().perform(get("/api/meetings/{id}", UUID.randomUUID()).param("atPosition", "1").with(asAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("meeting.not-found"));

        mvc().perform(get("/api/partnerships/{pid}", pid).param("atPosition", "3").param("asOf", Instant.now().toString())
                        .with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc().perform(get("/api/commitments/{id}", commitment).param("asOf", "last tuesday").with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc().perform(get("/api/meetings/{id}", meeting).param("atPosition", "-1").with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("atPosition"));

        String outsiderOrganisation = JsonPath.read(mvc().perform(post("/api/organisations").with(asAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Elsewhere Trust\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String username = "outsider-" + UUID.randomUUID().toString().substring(0, 8);
        mvc().perform(post("/api/people").with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "%s", "displayName": "Outsider", "password": "a-long-enough-password",
                         "organisationId": "%s", "roles": ["MEMBER"]}""".formatted(username, outsiderOrganisation)))
                .andExpect(status().isCreated());
        mvc().perform(get("/api/commitments/{id}", commitment).param("atPosition", String.valueOf(head))
                        .with(httpBasic(username, "a-long-enough-password")))
                .andExpect(status().isForbidden());
        mvc().perform(get("/api/partnerships/{pid}", pid).param("atPosition", String.valueOf(head))
                        .with(httpBasic(username, "a-long-enough-password")))
                .andExpect(status().isForbidden());
    }

    private Moment moment(PartnershipId partnership, CommitmentId followed, CommitmentId asked, MeetingId meeting) {
        AuditFixture.awaitProcessors(context());
        long position = jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        QueryGateway queries = context().getBean(QueryGateway.class);
        return new Moment(position, live(partnership, position),
                queries.query(new FindCommitmentQuery(followed), ResponseTypes.optionalInstanceOf(CommitmentDetails.class))
                        .join().orElseThrow(),
                queries.query(new FindCommitmentQuery(asked), ResponseTypes.optionalInstanceOf(CommitmentDetails.class))
                        .join().orElse(null),
                queries.query(new FindMeetingQuery(meeting), ResponseTypes.optionalInstanceOf(MeetingView.class))
                        .join().orElse(null));
    }

    private PartnershipAsOf live(PartnershipId partnership, long position) {
        AuditFixture.awaitProcessors(context());
        QueryGateway queries = context().getBean(QueryGateway.class);
        return new PartnershipAsOf(position, null,
                queries.query(new FindPartnershipOverviewQuery(partnership),
                        ResponseTypes.optionalInstanceOf(PartnershipOverview.class)).join().orElseThrow(),
                queries.query(new FindSharedPurposeQuery(partnership),
                        ResponseTypes.optionalInstanceOf(SharedPurposeView.class)).join().orElse(null),
                queries.query(FindPartnershipCommitmentsQuery.all(partnership),
                                ResponseTypes.multipleInstancesOf(CommitmentSummary.class)).join().stream()
                        .filter(commitment -> commitment.state().isOpen()).toList(),
                queries.query(new FindDecisionRegisterQuery(partnership),
                        ResponseTypes.multipleInstancesOf(DecisionRegisterEntry.class)).join());
    }

    private static PartnershipAsOf withInstant(PartnershipAsOf state, Instant instant) {
        return new PartnershipAsOf(state.position(), instant, state.overview(), state.purpose(),
                state.openCommitments(), state.decisions());
    }

    private static Actor member(GeneratedPartnership generated, OrganisationId organisation) {
        return new Actor(generated.members().get(organisation), organisation);
    }
}
