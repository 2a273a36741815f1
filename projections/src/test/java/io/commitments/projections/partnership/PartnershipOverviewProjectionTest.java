package io.commitments.projections.partnership;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentOfferedEvent;
import io.commitments.core.api.commitment.CommitmentOverdueEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.DecisionRecordedEvent;
import io.commitments.core.api.decision.DecisionRescindedEvent;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingOpenedEvent;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.partnership.CoordinatorAppointedEvent;
import io.commitments.core.api.partnership.CoordinatorAppointment;
import io.commitments.core.api.partnership.FindPartnershipOverviewQuery;
import io.commitments.core.api.partnership.FindPartnershipQuery;
import io.commitments.core.api.partnership.FindPartnershipsQuery;
import io.commitments.core.api.partnership.MemberAttendance;
import io.commitments.core.api.partnership.Membership;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.PartnershipCounts;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.partnership.PartnershipSummary;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.purpose.FindSharedPurposeQuery;
import io.commitments.core.api.purpose.OutcomeCoverage;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.core.api.purpose.PurposeAdoptedEvent;
import io.commitments.core.api.purpose.PurposeEndorsedEvent;
import io.commitments.core.api.purpose.PurposeEndorsement;
import io.commitments.core.api.purpose.PurposeOutcome;
import io.commitments.core.api.purpose.PurposeProposedEvent;
import io.commitments.core.api.purpose.PurposeVersion;
import io.commitments.core.api.purpose.SharedPurposeView;
import io.commitments.projections.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.commitments.core.api.meeting.AttendanceStatus.ABSENT;
import static io.commitments.core.api.meeting.AttendanceStatus.APOLOGIES;
import static io.commitments.core.api.meeting.AttendanceStatus.PRESENT;
import static io.commitments.core.api.partnership.DecisionRule.CONSENT;
import static io.commitments.core.api.purpose.PurposeStatus.ADOPTED;
import static io.commitments.core.api.purpose.PurposeStatus.PENDING;
import static io.commitments.core.api.purpose.PurposeStatus.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class PartnershipOverviewProjectionTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-04-30");

    private final PartnershipId partnership = PartnershipId.random();
    private final OrganisationId riverside = OrganisationId.random();
    private final OrganisationId hillside = OrganisationId.random();
    private final OrganisationId council = OrganisationId.random();
    private final PersonId coordinator = PersonId.random();
    private final Actor chair = new Actor(coordinator, null);
    private final OutcomeId fewerDelays = OutcomeId.random();
    private final OutcomeId carersHeard = OutcomeId.random();
    private final OutcomeId lonelinessDown = OutcomeId.random();

    @Parameter
    TestDatabase database;

    private PartnershipOverviewProjection projection;

    @BeforeEach
    void setUp() {
        projection = new PartnershipOverviewProjection(database.freshSchema().tables());
        projection.on(new PartnershipRegisteredEvent(partnership, "North Locality", CONSENT, 2), START);
    }

    @Test
    void theListAndTheSummaryStayAsTheyWere() {
        PartnershipId other = PartnershipId.random();
        projection.on(new PartnershipRegisteredEvent(other, "East Network", CONSENT, 3), START.plusSeconds(1));
        joined(riverside, 10);

        PartnershipSummary north = new PartnershipSummary(partnership, "North Locality", CONSENT, 2, START);
        assertThat(projection.handle(new FindPartnershipsQuery())).containsExactly(
                new PartnershipSummary(other, "East Network", CONSENT, 3, START.plusSeconds(1)), north);
        assertThat(projection.handle(new FindPartnershipQuery(partnership))).contains(north);
        assertThat(projection.handle(new FindPartnershipOverviewQuery(partnership)).orElseThrow().partnership())
                .isEqualTo(north);
    }

    @Test
    void anUnknownPartnershipHasNoOverviewAndNoPurpose() {
        assertThat(projection.handle(new FindPartnershipOverviewQuery(PartnershipId.random()))).isEmpty();
        assertThat(projection.handle(new FindSharedPurposeQuery(PartnershipId.random()))).isEmpty();
    }

    @Test
    void aWithdrawnMemberKeepsItsHistoryAndRejoiningIsANewMembership() {
        joined(riverside, 10);
        joined(hillside, 20);
        projection.on(new OrganisationWithdrewFromPartnershipEvent(partnership, hillside, "merged with Riverside",
                chair), START.plusSeconds(30));
        joined(council, 40);
        projection.on(new OrganisationWithdrewFromPartnershipEvent(partnership, council, "restructuring", chair),
                START.plusSeconds(50));
        joined(council, 60);
        projection.on(new CoordinatorAppointedEvent(partnership, coordinator, chair), START.plusSeconds(70));

        PartnershipOverview overview = projection.handle(new FindPartnershipOverviewQuery(partnership)).orElseThrow();

        assertThat(overview.members()).containsExactly(
                new Membership(riverside, START.plusSeconds(10), true, null, null),
                new Membership(hillside, START.plusSeconds(20), false, START.plusSeconds(30), "merged with Riverside"),
                new Membership(council, START.plusSeconds(40), false, START.plusSeconds(50), "restructuring"),
                new Membership(council, START.plusSeconds(60), true, null, null));
        assertThat(overview.coordinators())
                .containsExactly(new CoordinatorAppointment(coordinator, START.plusSeconds(70)));
        assertThat(overview.counts()).isEqualTo(new PartnershipCounts(2, 1, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void aPurposeIsProposedEndorsedAdoptedAndRevisedWithItsHistoryKept() {
        joined(riverside, 10);
        joined(hillside, 20);
        Actor riversideLead = actor(riverside);
        List<PurposeOutcome> first = List.of(new PurposeOutcome(fewerDelays, "Fewer delayed discharges"));
        projection.on(new PurposeProposedEvent(partnership, 1, "Get people home", first, riversideLead),
                START.plusSeconds(100));
        endorsed(1, riverside, 110);

        SharedPurposeView proposed = projection.handle(new FindSharedPurposeQuery(partnership)).orElseThrow();
        assertThat(proposed.adopted()).isNull();
        assertThat(proposed.pending()).singleElement().satisfies(version -> {
            assertThat(version.status()).isEqualTo(PENDING);
            assertThat(version.statement()).isEqualTo("Get people home");
            assertThat(version.outcomes()).isEqualTo(first);
            assertThat(version.proposedBy()).isEqualTo(riversideLead);
            assertThat(version.proposedAt()).isEqualTo(START.plusSeconds(100));
            assertThat(version.endorsements())
                    .containsExactly(new PurposeEndorsement(riverside, START.plusSeconds(110), null));
            assertThat(version.awaitingEndorsement()).containsExactly(hillside);
        });

        endorsed(1, hillside, 120);
        projection.on(new PurposeAdoptedEvent(partnership, 1, null, List.of(riverside, hillside), actor(hillside)),
                START.plusSeconds(120));
        List<PurposeOutcome> second = List.of(new PurposeOutcome(fewerDelays, "Fewer delayed discharges"),
                new PurposeOutcome(carersHeard, "Carers are heard"));
        projection.on(new PurposeProposedEvent(partnership, 2, "Get people home, with carers", second, chair),
                START.plusSeconds(200));
        endorsed(2, hillside, 210);

        SharedPurposeView revising = projection.handle(new FindSharedPurposeQuery(partnership)).orElseThrow();
        assertThat(revising.adopted().version()).isEqualTo(1);
        assertThat(revising.adopted().adoptedAt()).isEqualTo(START.plusSeconds(120));
        assertThat(revising.adopted().awaitingEndorsement()).isEmpty();
        assertThat(revising.pending()).extracting(PurposeVersion::version).containsExactly(2);
        assertThat(revising.pending().get(0).awaitingEndorsement()).containsExactly(riverside);
        assertThat(revising.superseded()).isEmpty();

        endorsed(2, riverside, 220);
        projection.on(new PurposeAdoptedEvent(partnership, 2, 1, List.of(hillside, riverside), riversideLead),
                START.plusSeconds(220));

        SharedPurposeView revised = projection.handle(new FindSharedPurposeQuery(partnership)).orElseThrow();
        assertThat(revised.adopted().version()).isEqualTo(2);
        assertThat(revised.adopted().status()).isEqualTo(ADOPTED);
        assertThat(revised.adopted().replacedVersion()).isEqualTo(1);
        assertThat(revised.adopted().outcomes()).isEqualTo(second);
        assertThat(revised.pending()).isEmpty();
        assertThat(revised.superseded()).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(1);
            assertThat(version.status()).isEqualTo(SUPERSEDED);
            assertThat(version.endorsements()).hasSize(2);
            assertThat(version.awaitingEndorsement()).isEmpty();
        });
        assertThat(projection.handle(new FindPartnershipOverviewQuery(partnership)).orElseThrow().purpose())
                .isEqualTo(revised.adopted());
    }

    @Test
    void aWithdrawingMembersEndorsementLapsesAndANewMemberIsAwaitedOnTheAdoptedPurpose() {
        joined(riverside, 10);
        joined(hillside, 20);
        projection.on(new PurposeProposedEvent(partnership, 1, "Get people home",
                List.of(new PurposeOutcome(fewerDelays, "Fewer delayed discharges")), chair), START.plusSeconds(30));
        endorsed(1, hillside, 40);
        projection.on(new OrganisationWithdrewFromPartnershipEvent(partnership, hillside, "leaving", chair),
                START.plusSeconds(50));
        endorsed(1, riverside, 60);
        projection.on(new PurposeAdoptedEvent(partnership, 1, null, List.of(riverside), actor(riverside)),
                START.plusSeconds(60));
        joined(council, 70);

        PurposeVersion adopted = projection.handle(new FindSharedPurposeQuery(partnership)).orElseThrow().adopted();

        assertThat(adopted.endorsements()).containsExactly(
                new PurposeEndorsement(hillside, START.plusSeconds(40), START.plusSeconds(50)),
                new PurposeEndorsement(riverside, START.plusSeconds(60), null));
        assertThat(adopted.awaitingEndorsement()).containsExactly(council);
    }

    @Test
    void outcomesWithNothingBehindThemStandOut() {
        joined(riverside, 10);
        joined(hillside, 20);
        projection.on(new PurposeProposedEvent(partnership, 1, "Healthier locality", List.of(
                new PurposeOutcome(fewerDelays, "Fewer delayed discharges"),
                new PurposeOutcome(carersHeard, "Carers are heard"),
                new PurposeOutcome(lonelinessDown, "Less loneliness")), chair), START.plusSeconds(30));
        projection.on(new PurposeAdoptedEvent(partnership, 1, null, List.of(riverside, hillside), chair),
                START.plusSeconds(40));
        CommitmentId open = requested(fewerDelays.toString().toUpperCase());
        projection.on(new CommitmentPromisedEvent(open, partnership, riverside, DUE, actor(riverside)));
        CommitmentId kept = requested(fewerDelays.toString());
        projection.on(new CommitmentKeptEvent(kept, partnership, Requester.byMember(hillside), riverside, DUE, true,
                actor(hillside)));
        CommitmentId abandoned = requested(carersHeard.toString());
        projection.on(new CommitmentPromisedEvent(abandoned, partnership, riverside, DUE, actor(riverside)));
        projection.on(new CommitmentWithdrawnEvent(abandoned, partnership, Requester.byMember(hillside), riverside,
                DUE, "no staff", actor(riverside)));
        requested(null);
        decided(carersHeard);

        List<OutcomeCoverage> outcomes = projection.handle(new FindPartnershipOverviewQuery(partnership))
                .orElseThrow().outcomes();

        assertThat(outcomes).containsExactly(
                new OutcomeCoverage(fewerDelays, "Fewer delayed discharges", 2, 1, 1, 0, false),
                new OutcomeCoverage(carersHeard, "Carers are heard", 1, 0, 0, 1, true),
                new OutcomeCoverage(lonelinessDown, "Less loneliness", 0, 0, 0, 0, true));
    }

    @Test
    void countsCoverOpenAndOverdueCommitmentsDecisionsAndMeetings() {
        joined(riverside, 10);
        joined(hillside, 20);
        CommitmentId promised = requested(null);
        projection.on(new CommitmentPromisedEvent(promised, partnership, riverside, DUE, actor(riverside)));
        projection.on(new CommitmentOverdueEvent(promised, partnership, riverside, DUE));
        CommitmentId renegotiated = requested(null);
        projection.on(new CommitmentPromisedEvent(renegotiated, partnership, riverside, DUE, actor(riverside)));
        projection.on(new CommitmentOverdueEvent(renegotiated, partnership, riverside, DUE));
        projection.on(new CommitmentRenegotiatedEvent(renegotiated, partnership, riverside, DUE, DUE.plusMonths(1),
                true, actor(hillside)));
        CommitmentId offered = CommitmentId.random();
        projection.on(new CommitmentOfferedEvent(offered, partnership, hillside, "Host the board", DUE, null, null,
                actor(hillside)));
        projection.on(new CommitmentOfferAcceptedEvent(offered, partnership, hillside, DUE, chair));
        CommitmentId overdueThenKept = requested(null);
        projection.on(new CommitmentOverdueEvent(overdueThenKept, partnership, riverside, DUE));
        projection.on(new CommitmentKeptEvent(overdueThenKept, partnership, Requester.byMember(hillside), riverside,
                DUE, false, actor(hillside)));
        decided(null);
        DecisionId rescinded = decided(null);
        projection.on(new DecisionRescindedEvent(rescinded, partnership, "overtaken", null, chair));
        scheduled(MeetingId.random());
        scheduled(MeetingId.random());

        assertThat(projection.handle(new FindPartnershipOverviewQuery(partnership)).orElseThrow().counts())
                .isEqualTo(new PartnershipCounts(2, 0, 0, 3, 1, 2, 1, 2));
    }

    @Test
    void attendanceIsCountedPerOrganisationOverOpenedMeetings() {
        joined(riverside, 10);
        joined(hillside, 20);
        joined(council, 30);
        MeetingId january = MeetingId.random();
        MeetingId february = MeetingId.random();
        scheduled(january);
        scheduled(february);
        scheduled(MeetingId.random());
        opened(january, new Attendance(riverside, PRESENT), new Attendance(hillside, APOLOGIES),
                new Attendance(council, ABSENT));
        opened(february, new Attendance(riverside, PRESENT), new Attendance(hillside, PRESENT),
                new Attendance(council, ABSENT));
        projection.on(new MeetingOpenedEvent(MeetingId.random(), PartnershipId.random(),
                List.of(new Attendance(riverside, ABSENT)), 0, 1, false, chair));

        assertThat(projection.handle(new FindPartnershipOverviewQuery(partnership)).orElseThrow().attendance())
                .containsExactly(new MemberAttendance(riverside, 2, 0, 0), new MemberAttendance(hillside, 1, 1, 0),
                        new MemberAttendance(council, 0, 0, 2));
    }

    @Test
    void resetThenReplayGivesTheSameOverviewAndPurpose() {
        MeetingId meeting = MeetingId.random();
        CommitmentId commitment = CommitmentId.random();
        DecisionId decision = DecisionId.random();
        projection.reset();
        Runnable history = () -> {
            projection.on(new PartnershipRegisteredEvent(partnership, "North Locality", CONSENT, 2), START);
            joined(riverside, 10);
            joined(hillside, 20);
            projection.on(new CoordinatorAppointedEvent(partnership, coordinator, chair), START.plusSeconds(25));
            projection.on(new PurposeProposedEvent(partnership, 1, "Get people home",
                    List.of(new PurposeOutcome(fewerDelays, "Fewer delayed discharges"),
                            new PurposeOutcome(carersHeard, "Carers are heard")), chair), START.plusSeconds(30));
            endorsed(1, riverside, 40);
            endorsed(1, hillside, 50);
            projection.on(new PurposeAdoptedEvent(partnership, 1, null, List.of(riverside, hillside), chair),
                    START.plusSeconds(50));
            projection.on(new OrganisationWithdrewFromPartnershipEvent(partnership, hillside, "leaving", chair),
                    START.plusSeconds(60));
            scheduled(meeting);
            opened(meeting, new Attendance(riverside, PRESENT));
            projection.on(new CommitmentRequestedEvent(commitment, partnership, Requester.byMember(hillside),
                    riverside, "Audit", DUE, null, fewerDelays.toString(), actor(hillside)));
            projection.on(new CommitmentOverdueEvent(commitment, partnership, riverside, DUE));
            projection.on(new DecisionRecordedEvent(decision, partnership, meeting, ProposalId.random(), "Pool",
                    "text", carersHeard, List.of(), chair));
        };
        history.run();
        PartnershipOverview overview = projection.handle(new FindPartnershipOverviewQuery(partnership)).orElseThrow();
        SharedPurposeView purpose = projection.handle(new FindSharedPurposeQuery(partnership)).orElseThrow();

        projection.reset();
        assertThat(projection.handle(new FindPartnershipsQuery())).isEmpty();
        history.run();

        PartnershipOverview replayed = projection.handle(new FindPartnershipOverviewQuery(partnership)).orElseThrow();
        assertThat(replayed.members()).hasSize(2);
        assertThat(replayed.counts()).isEqualTo(new PartnershipCounts(1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(replayed).isEqualTo(overview);
        assertThat(projection.handle(new FindSharedPurposeQuery(partnership))).contains(purpose);
    }

    private void joined(OrganisationId organisation, long seconds) {
        projection.on(new OrganisationJoinedPartnershipEvent(partnership, organisation, chair),
                START.plusSeconds(seconds));
    }

    private void endorsed(int version, OrganisationId organisation, long seconds) {
        projection.on(new PurposeEndorsedEvent(partnership, version, organisation, actor(organisation)),
                START.plusSeconds(seconds));
    }

    private CommitmentId requested(String outcome) {
        CommitmentId commitment = CommitmentId.random();
        projection.on(new CommitmentRequestedEvent(commitment, partnership, Requester.byMember(hillside), riverside,
                "Do something", DUE, null, outcome, actor(hillside)));
        return commitment;
    }

    private DecisionId decided(OutcomeId outcome) {
        DecisionId decision = DecisionId.random();
        projection.on(new DecisionRecordedEvent(decision, partnership, MeetingId.random(), ProposalId.random(),
                "Decision", "text", outcome, List.of(), chair));
        return decision;
    }

    private void scheduled(MeetingId meeting) {
        projection.on(new MeetingScheduledEvent(meeting, partnership, "Board", START.plusSeconds(86_400), List.of(),
                CONSENT, 2, chair));
    }

    private void opened(MeetingId meeting, Attendance... attendance) {
        int present = (int) List.of(attendance).stream().filter(a -> a.status() == PRESENT).count();
        projection.on(new MeetingOpenedEvent(meeting, partnership, List.of(attendance), present, 2, present >= 2,
                chair));
    }

    private static Actor actor(OrganisationId organisation) {
        return new Actor(PersonId.random(), organisation);
    }
}
