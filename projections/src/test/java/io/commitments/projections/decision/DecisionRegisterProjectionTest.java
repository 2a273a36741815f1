package io.commitments.projections.decision;

import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOverdueEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.contest.ContestNoteAttachedEvent;
import io.commitments.core.api.contest.ContestNoteId;
import io.commitments.core.api.contest.ContestedRecord;
import io.commitments.core.api.decision.DecisionAction;
import io.commitments.core.api.decision.DecisionActionRecordedEvent;
import io.commitments.core.api.decision.DecisionContestNote;
import io.commitments.core.api.decision.DecisionFollowThrough;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.DecisionRecordedEvent;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.decision.DecisionRescindedEvent;
import io.commitments.core.api.decision.DecisionRescission;
import io.commitments.core.api.decision.FindDecisionQuery;
import io.commitments.core.api.decision.FindDecisionRegisterQuery;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.projections.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.commitments.core.api.commitment.CommitmentState.COMPLETION_REPORTED;
import static io.commitments.core.api.commitment.CommitmentState.DECLINED;
import static io.commitments.core.api.commitment.CommitmentState.KEPT;
import static io.commitments.core.api.commitment.CommitmentState.PROMISED;
import static io.commitments.core.api.commitment.CommitmentState.RELEASED;
import static io.commitments.core.api.commitment.CommitmentState.REQUESTED;
import static io.commitments.core.api.commitment.CommitmentState.WITHDRAWN;
import static io.commitments.core.api.decision.DecisionStatus.IN_FORCE;
import static io.commitments.core.api.decision.DecisionStatus.RESCINDED;
import static io.commitments.core.api.decision.DecisionStatus.SUPERSEDED;
import static io.commitments.core.api.meeting.Position.ABSTAIN;
import static io.commitments.core.api.meeting.Position.AGREE;
import static io.commitments.core.api.meeting.Position.BLOCK;
import static io.commitments.core.api.meeting.Position.DISAGREE;
import static io.commitments.core.api.partnership.DecisionRule.MAJORITY;
import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class DecisionRegisterProjectionTest {

    private static final Instant MEETING_TIME = Instant.parse("2026-03-05T14:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-05T15:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-04-30");

    private final PartnershipId partnership = PartnershipId.random();
    private final MeetingId meeting = MeetingId.random();
    private final OrganisationId riverside = OrganisationId.random();
    private final OrganisationId hillside = OrganisationId.random();
    private final OrganisationId council = OrganisationId.random();
    private final OrganisationId hospice = OrganisationId.random();
    private final Actor chair = new Actor(PersonId.random(), null);

    @Parameter
    TestDatabase database;

    private DecisionRegisterProjection projection;

    @BeforeEach
    void setUp() {
        projection = new DecisionRegisterProjection(database.freshSchema().tables());
    }

    @Test
    void aDecisionShowsItsMeetingAndEveryPositionWithDissentAndBlockReasons() {
        OutcomeId fewerDelays = OutcomeId.random();
        DecisionId decision = DecisionId.random();
        ProposalId proposal = ProposalId.random();
        meetingScheduled(meeting, "Winter pressures board");
        List<RecordedPosition> positions = List.of(new RecordedPosition(riverside, AGREE, null),
                new RecordedPosition(hillside, AGREE, null), new RecordedPosition(council, AGREE, "good value"),
                new RecordedPosition(hospice, DISAGREE, "no beds to spare"),
                new RecordedPosition(OrganisationId.random(), BLOCK, "breaches our contract"));
        projection.on(new DecisionRecordedEvent(decision, partnership, meeting, proposal, "Pool discharge staff",
                "Share one discharge team", fewerDelays, positions, chair), DECIDED);

        DecisionRegisterEntry entry = projection.handle(new FindDecisionQuery(decision)).orElseThrow();

        assertThat(entry.partnershipId()).isEqualTo(partnership);
        assertThat(entry.meetingId()).isEqualTo(meeting);
        assertThat(entry.meetingTitle()).isEqualTo("Winter pressures board");
        assertThat(entry.meetingScheduledFor()).isEqualTo(MEETING_TIME);
        assertThat(entry.proposalId()).isEqualTo(proposal);
        assertThat(entry.title()).isEqualTo("Pool discharge staff");
        assertThat(entry.text()).isEqualTo("Share one discharge team");
        assertThat(entry.servesOutcome()).isEqualTo(fewerDelays);
        assertThat(entry.recordedAt()).isEqualTo(DECIDED);
        assertThat(entry.status()).isEqualTo(IN_FORCE);
        assertThat(entry.positions()).isEqualTo(positions);
        assertThat(entry.dissent()).isTrue();
        assertThat(entry.rescission()).isNull();
        assertThat(entry.supersedes()).isEmpty();
        assertThat(entry.followThrough()).isEqualTo(new DecisionFollowThrough(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void agreementAndAbstentionAreNoDissent() {
        DecisionId decision = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null),
                new RecordedPosition(hillside, ABSTAIN, null));

        assertThat(projection.handle(new FindDecisionQuery(decision)).orElseThrow().dissent()).isFalse();
    }

    @Test
    void theMeetingIsShownWhenItsEventIsHandledAfterTheDecision() {
        DecisionId decision = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        assertThat(projection.handle(new FindDecisionQuery(decision)).orElseThrow().meetingTitle()).isNull();

        meetingScheduled(meeting, "Board");

        assertThat(projection.handle(new FindDecisionQuery(decision)).orElseThrow().meetingTitle()).isEqualTo("Board");
    }

    @Test
    void aRescindedDecisionKeepsItsRecordWithTheReason() {
        DecisionId decision = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        projection.on(new DecisionRescindedEvent(decision, partnership, "funding withdrawn", null, chair),
                DECIDED.plusSeconds(86_400));

        DecisionRegisterEntry entry = projection.handle(new FindDecisionQuery(decision)).orElseThrow();

        assertThat(entry.status()).isEqualTo(RESCINDED);
        assertThat(entry.rescission())
                .isEqualTo(new DecisionRescission("funding withdrawn", null, DECIDED.plusSeconds(86_400)));
        assertThat(entry.positions()).containsExactly(new RecordedPosition(riverside, AGREE, null));
    }

    @Test
    void aSupersededDecisionNamesItsSuccessorAndTheSuccessorWhatItSupersedes() {
        DecisionId original = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        MeetingId later = MeetingId.random();
        DecisionId successor = decided(later, DECIDED.plusSeconds(7 * 86_400),
                new RecordedPosition(riverside, AGREE, null));
        projection.on(new DecisionRescindedEvent(original, partnership, "replaced by the pooled rota", successor, chair),
                DECIDED.plusSeconds(7 * 86_400 + 60));

        List<DecisionRegisterEntry> register = projection.handle(new FindDecisionRegisterQuery(partnership));

        assertThat(register).extracting(DecisionRegisterEntry::decisionId).containsExactly(original, successor);
        assertThat(register.get(0).status()).isEqualTo(SUPERSEDED);
        assertThat(register.get(0).rescission().supersededBy()).isEqualTo(successor);
        assertThat(register.get(0).rescission().reason()).isEqualTo("replaced by the pooled rota");
        assertThat(register.get(1).status()).isEqualTo(IN_FORCE);
        assertThat(register.get(1).supersedes()).containsExactly(original);
    }

    @Test
    void contestNotesStandBesideTheDecisionAndCommitmentContestsAreNotItsOwn() {
        DecisionId decision = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        ContestNoteId note = ContestNoteId.random();
        projection.on(new ContestNoteAttachedEvent(partnership, note, ContestedRecord.decision(decision), hillside,
                "we were marked as agreeing; we abstained", new Actor(PersonId.random(), hillside)),
                DECIDED.plusSeconds(600));
        projection.on(new ContestNoteAttachedEvent(partnership, ContestNoteId.random(),
                ContestedRecord.commitmentEvent(CommitmentId.random(), "event-1"), hillside, "not this one",
                new Actor(PersonId.random(), hillside)), DECIDED.plusSeconds(700));

        DecisionRegisterEntry entry = projection.handle(new FindDecisionQuery(decision)).orElseThrow();

        assertThat(entry.contestNotes()).containsExactly(new DecisionContestNote(note, hillside,
                "we were marked as agreeing; we abstained", DECIDED.plusSeconds(600)));
        assertThat(entry.positions()).containsExactly(new RecordedPosition(riverside, AGREE, null));
    }

    @Test
    void actionsAreFollowedThroughFromTheCommitmentsTheDecisionRequested() {
        DecisionId decision = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        CommitmentId kept = action(decision, riverside, "Draft the rota", 1);
        projection.on(new CommitmentPromisedEvent(kept, partnership, riverside, DUE, actor(riverside)));
        projection.on(new CommitmentCompletionReportedEvent(kept, partnership, riverside, DUE, "done",
                actor(riverside)));
        projection.on(new CommitmentKeptEvent(kept, partnership, Requester.byDecision(decision), riverside, DUE,
                true, chair));
        CommitmentId withdrawn = action(decision, hillside, "Second two nurses", 2);
        projection.on(new CommitmentPromisedEvent(withdrawn, partnership, hillside, DUE, actor(hillside)));
        projection.on(new CommitmentWithdrawnEvent(withdrawn, partnership, Requester.byDecision(decision), hillside,
                DUE, "staff left", actor(hillside)));
        CommitmentId overdue = action(decision, council, "Fund transport", 3);
        projection.on(new CommitmentPromisedEvent(overdue, partnership, council, DUE, actor(council)));
        projection.on(new CommitmentOverdueEvent(overdue, partnership, council, DUE));
        CommitmentId released = action(decision, hospice, "Lend a room", 4);
        projection.on(new CommitmentReleasedEvent(released, partnership, Requester.byDecision(decision), hospice, DUE,
                "room no longer needed", chair));
        CommitmentId declined = action(decision, hospice, "Run a night shift", 5);
        projection.on(new CommitmentDeclinedEvent(declined, partnership, Requester.byDecision(decision), hospice, DUE,
                "no night staff", actor(hospice)));
        CommitmentId requested = action(decision, riverside, "Report in June", 6);

        DecisionRegisterEntry entry = projection.handle(new FindDecisionQuery(decision)).orElseThrow();

        assertThat(entry.actions()).containsExactly(
                new DecisionAction(kept, riverside, "Draft the rota", DUE, KEPT, false, true),
                new DecisionAction(withdrawn, hillside, "Second two nurses", DUE, WITHDRAWN, false, null),
                new DecisionAction(overdue, council, "Fund transport", DUE, PROMISED, true, null),
                new DecisionAction(released, hospice, "Lend a room", DUE, RELEASED, false, null),
                new DecisionAction(declined, hospice, "Run a night shift", DUE, DECLINED, false, null),
                new DecisionAction(requested, riverside, "Report in June", DUE, REQUESTED, false, null));
        assertThat(entry.followThrough()).isEqualTo(new DecisionFollowThrough(6, 1, 2, 1, 1, 1, 1));
    }

    @Test
    void aHandOverAndARenegotiationThatClearsTheOverdueShowInTheAction() {
        DecisionId decision = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        CommitmentId commitment = action(decision, council, "Fund transport", 1);
        projection.on(new CommitmentPromisedEvent(commitment, partnership, council, DUE, actor(council)));
        projection.on(new CommitmentOverdueEvent(commitment, partnership, council, DUE));
        projection.on(new CommitmentRenegotiatedEvent(commitment, partnership, council, DUE, DUE.plusMonths(1), true,
                chair));
        projection.on(new CommitmentHandOverAcceptedEvent(commitment, partnership, council, hospice,
                actor(hospice)));

        DecisionRegisterEntry entry = projection.handle(new FindDecisionQuery(decision)).orElseThrow();

        assertThat(entry.actions()).containsExactly(
                new DecisionAction(commitment, hospice, "Fund transport", DUE.plusMonths(1), PROMISED, false, null));
        assertThat(entry.followThrough()).isEqualTo(new DecisionFollowThrough(1, 0, 1, 0, 0, 0, 0));
    }

    @Test
    void anOverdueCommitmentKeptLateIsNoLongerCountedOverdue() {
        DecisionId decision = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        CommitmentId commitment = action(decision, council, "Fund transport", 1);
        projection.on(new CommitmentPromisedEvent(commitment, partnership, council, DUE, actor(council)));
        projection.on(new CommitmentOverdueEvent(commitment, partnership, council, DUE));
        projection.on(new CommitmentCompletionReportedEvent(commitment, partnership, council, DUE, "done",
                actor(council)));
        assertThat(projection.handle(new FindDecisionQuery(decision)).orElseThrow().actions())
                .singleElement().satisfies(action -> {
                    assertThat(action.state()).isEqualTo(COMPLETION_REPORTED);
                    assertThat(action.overdue()).isTrue();
                });

        projection.on(new CommitmentKeptEvent(commitment, partnership, Requester.byDecision(decision), council, DUE,
                false, chair));

        DecisionRegisterEntry entry = projection.handle(new FindDecisionQuery(decision)).orElseThrow();
        assertThat(entry.actions()).containsExactly(
                new DecisionAction(commitment, council, "Fund transport", DUE, KEPT, false, false));
        assertThat(entry.followThrough()).isEqualTo(new DecisionFollowThrough(1, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void anActionIsTrackedWhicheverOfItsRecordAndItsCommitmentIsHandledFirst() {
        DecisionId decision = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        CommitmentId commitmentFirst = CommitmentId.random();
        requested(commitmentFirst, Requester.byDecision(decision), riverside, "Draft the rota", 1);
        projection.on(new CommitmentPromisedEvent(commitmentFirst, partnership, riverside, DUE, actor(riverside)));
        projection.on(new DecisionActionRecordedEvent(decision, partnership, commitmentFirst, riverside,
                "Draft the rota", DUE, null, chair), DECIDED.plusSeconds(1));
        CommitmentId recordFirst = CommitmentId.random();
        projection.on(new DecisionActionRecordedEvent(decision, partnership, recordFirst, hillside, "Audit it", DUE,
                null, chair), DECIDED.plusSeconds(2));

        assertThat(projection.handle(new FindDecisionQuery(decision)).orElseThrow().actions()).containsExactly(
                new DecisionAction(commitmentFirst, riverside, "Draft the rota", DUE, PROMISED, false, null),
                new DecisionAction(recordFirst, hillside, "Audit it", DUE, REQUESTED, false, null));
    }

    @Test
    void commitmentsRequestedByMembersOrThePartnershipAreNoDecisionsActions() {
        DecisionId decision = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        requested(CommitmentId.random(), Requester.byMember(hillside), riverside, "Share data", 1);
        requested(CommitmentId.random(), Requester.byPartnership(), riverside, "Host the board", 2);

        DecisionRegisterEntry entry = projection.handle(new FindDecisionQuery(decision)).orElseThrow();

        assertThat(entry.actions()).isEmpty();
        assertThat(entry.followThrough().actions()).isZero();
    }

    @Test
    void theRegisterListsOnlyThisPartnershipsDecisionsAndAnUnknownDecisionIsNotFound() {
        DecisionId ours = decided(meeting, DECIDED, new RecordedPosition(riverside, AGREE, null));
        projection.on(new DecisionRecordedEvent(DecisionId.random(), PartnershipId.random(), MeetingId.random(),
                ProposalId.random(), "Theirs", "text", null, List.of(), chair), DECIDED);

        assertThat(projection.handle(new FindDecisionRegisterQuery(partnership)))
                .extracting(DecisionRegisterEntry::decisionId).containsExactly(ours);
        assertThat(projection.handle(new FindDecisionRegisterQuery(PartnershipId.random()))).isEmpty();
        assertThat(projection.handle(new FindDecisionQuery(DecisionId.random()))).isEmpty();
    }

    @Test
    void resetThenReplayGivesTheSameRegister() {
        DecisionId first = DecisionId.random();
        DecisionId second = DecisionId.random();
        CommitmentId kept = CommitmentId.random();
        CommitmentId overdue = CommitmentId.random();
        ContestNoteId note = ContestNoteId.random();
        Runnable history = () -> {
            meetingScheduled(meeting, "Board");
            projection.on(new DecisionRecordedEvent(first, partnership, meeting, ProposalId.of(first.value()),
                    "First", "text", null, List.of(new RecordedPosition(hillside, DISAGREE, "too costly")), chair),
                    DECIDED);
            projection.on(new DecisionRecordedEvent(second, partnership, meeting, ProposalId.of(second.value()),
                    "Second", "text", null, List.of(new RecordedPosition(hillside, AGREE, null)), chair),
                    DECIDED.plusSeconds(60));
            projection.on(new DecisionActionRecordedEvent(first, partnership, kept, riverside, "Rota", DUE, null,
                    chair), DECIDED.plusSeconds(1));
            requested(kept, Requester.byDecision(first), riverside, "Rota", 1);
            projection.on(new CommitmentKeptEvent(kept, partnership, Requester.byDecision(first), riverside, DUE,
                    true, chair));
            requested(overdue, Requester.byDecision(first), council, "Transport", 2);
            projection.on(new CommitmentOverdueEvent(overdue, partnership, council, DUE));
            projection.on(new ContestNoteAttachedEvent(partnership, note, ContestedRecord.decision(first), hillside,
                    "wrong", actor(hillside)), DECIDED.plusSeconds(120));
            projection.on(new DecisionRescindedEvent(first, partnership, "replaced", second, chair),
                    DECIDED.plusSeconds(180));
        };
        history.run();
        List<DecisionRegisterEntry> before = projection.handle(new FindDecisionRegisterQuery(partnership));

        projection.reset();
        assertThat(projection.handle(new FindDecisionRegisterQuery(partnership))).isEmpty();
        history.run();

        List<DecisionRegisterEntry> after = projection.handle(new FindDecisionRegisterQuery(partnership));
        assertThat(after).hasSize(2);
        assertThat(after.get(0).actions()).hasSize(2);
        assertThat(after.get(0).contestNotes()).hasSize(1);
        assertThat(after).isEqualTo(before);
    }

    private void meetingScheduled(MeetingId id, String title) {
        projection.on(new MeetingScheduledEvent(id, partnership, title, MEETING_TIME, List.of(), MAJORITY, 2, chair));
    }

    private DecisionId decided(MeetingId in, Instant at, RecordedPosition... positions) {
        DecisionId decision = DecisionId.random();
        projection.on(new DecisionRecordedEvent(decision, partnership, in, ProposalId.random(), "Decision",
                "text", null, List.of(positions), chair), at);
        return decision;
    }

    /** An action as the API records it: the decision's action record, then the commitment it requests. */
    private CommitmentId action(DecisionId decision, OrganisationId performer, String description, int order) {
        CommitmentId commitment = CommitmentId.random();
        projection.on(new DecisionActionRecordedEvent(decision, partnership, commitment, performer, description, DUE,
                null, chair), DECIDED.plusSeconds(order));
        requested(commitment, Requester.byDecision(decision), performer, description, order);
        return commitment;
    }

    private void requested(CommitmentId commitment, Requester requester, OrganisationId performer, String description,
                           int order) {
        projection.on(new CommitmentRequestedEvent(commitment, partnership, requester, performer, description, DUE,
                null, null, chair), DECIDED.plusSeconds(order));
    }

    private static Actor actor(OrganisationId organisation) {
        return new Actor(PersonId.random(), organisation);
    }
}
