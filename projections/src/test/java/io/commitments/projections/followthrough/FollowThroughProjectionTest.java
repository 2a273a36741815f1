package io.commitments.projections.followthrough;

import io.commitments.core.api.accountability.FindFollowThroughQuery;
import io.commitments.core.api.accountability.FollowThroughBoard;
import io.commitments.core.api.accountability.FollowThroughItem;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.projections.support.EventFeed;
import io.commitments.projections.support.History;
import io.commitments.projections.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static io.commitments.projections.support.Parties.ANNA;
import static io.commitments.projections.support.Parties.BEN;
import static io.commitments.projections.support.Parties.CARA;
import static io.commitments.projections.support.Parties.COORDINATOR;
import static io.commitments.projections.support.Parties.COUNCIL;
import static io.commitments.projections.support.Parties.HOSPITAL;
import static io.commitments.projections.support.Parties.OTHER_PARTNERSHIP;
import static io.commitments.projections.support.Parties.PARTNERSHIP;
import static io.commitments.projections.support.Parties.SURGERY;
import static io.commitments.projections.support.Parties.date;
import static io.commitments.projections.support.Parties.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class FollowThroughProjectionTest {

    private static final LocalDate TODAY = date("2026-03-20");

    @Parameter
    TestDatabase database;

    private FollowThroughProjection projection;
    private EventFeed feed;

    @BeforeEach
    void setUp() {
        TestDatabase.Schema schema = database.freshSchema();
        projection = new FollowThroughProjection(schema.tables());
        feed = new EventFeed(projection, schema.transactions());
    }

    @Test
    void overdueAreThoseBoundAndDueBeforeTheDateMostOverdueFirst() {
        History threeDays = promised(date("2026-03-17")).overdue();
        History oneDay = promised(date("2026-03-19"));
        History reportedLate = promised(date("2026-03-18")).overdue().completionReported(on("2026-03-19"), BEN);
        History dueToday = promised(TODAY);
        History unanswered = requested(date("2026-03-10"));
        feed.play(threeDays, oneDay, reportedLate, dueToday, unanswered);

        FollowThroughBoard board = board(TODAY);

        assertThat(board.overdue()).extracting(FollowThroughItem::commitmentId, FollowThroughItem::daysOverdue)
                .containsExactly(tuple(threeDays.id(), 3), tuple(reportedLate.id(), 2), tuple(oneDay.id(), 1));
        assertThat(board.awaitingSatisfaction()).extracting(FollowThroughItem::commitmentId, FollowThroughItem::daysOverdue)
                .containsExactly(tuple(reportedLate.id(), 2));
        assertThat(board.awaitingResponse()).extracting(FollowThroughItem::commitmentId, FollowThroughItem::daysOverdue)
                .containsExactly(tuple(unanswered.id(), null));
        assertThat(ids(board.dueSoon())).containsExactly(dueToday.id());
    }

    @Test
    void dueSoonIsDueOnTheDateOrWithinTheNextFourteenDays() {
        History today = promised(TODAY);
        History lastDay = promised(date("2026-04-03"));
        History dayAfter = promised(date("2026-04-04"));
        History reported = promised(date("2026-03-25")).completionReported(on("2026-03-19"), BEN);
        feed.play(today, lastDay, dayAfter, reported);

        assertThat(ids(board(TODAY).dueSoon())).containsExactly(today.id(), lastDay.id());
        assertThat(board(TODAY).dueSoon()).extracting(FollowThroughItem::daysOverdue).containsOnlyNulls();
        assertThat(ids(projection.handle(new FindFollowThroughQuery(PARTNERSHIP, TODAY, 0)).dueSoon()))
                .containsExactly(today.id());
        assertThat(ids(board(date("2026-03-21")).dueSoon())).containsExactly(lastDay.id(), dayAfter.id());
        assertThat(ids(board(date("2026-03-21")).overdue())).containsExactly(today.id());
    }

    @Test
    void atRiskOrBlockedFollowTheLatestProgressReportWhilePromised() {
        History recovered = promised(date("2026-05-01"))
                .progress(on("2026-03-05"), BEN, ProgressStatus.AT_RISK, "Ward lead off sick")
                .progress(on("2026-03-10"), BEN, ProgressStatus.ON_TRACK, "Lead back");
        History blocked = promised(date("2026-05-02"))
                .progress(on("2026-03-05"), BEN, ProgressStatus.ON_TRACK, "Started")
                .progress(on("2026-03-10"), BEN, ProgressStatus.BLOCKED, "No data-sharing agreement");
        History atRisk = promised(date("2026-05-03"))
                .progress(on("2026-03-05"), BEN, ProgressStatus.AT_RISK, "Budget unclear");
        History reported = promised(date("2026-05-04"))
                .progress(on("2026-03-05"), BEN, ProgressStatus.AT_RISK, "Tight")
                .completionReported(on("2026-03-12"), BEN);
        History deniedAfterReport = promised(date("2026-05-05"))
                .progress(on("2026-03-05"), BEN, ProgressStatus.BLOCKED, "Stuck")
                .completionReported(on("2026-03-12"), BEN).satisfactionDenied(on("2026-03-13"), ANNA);
        feed.play(recovered, blocked, atRisk, reported, deniedAfterReport);

        assertThat(board(TODAY).atRisk()).extracting(FollowThroughItem::commitmentId, FollowThroughItem::progress,
                FollowThroughItem::progressNote).containsExactly(
                tuple(blocked.id(), ProgressStatus.BLOCKED, "No data-sharing agreement"),
                tuple(atRisk.id(), ProgressStatus.AT_RISK, "Budget unclear"));
    }

    @Test
    void requestsAwaitThePerformerAndOffersAndCounterOffersAwaitTheRequester() {
        History asked = requested(date("2026-04-01"));
        History askedAgain = requested(date("2026-04-01")).counterOffered(on("2026-03-03"), BEN, date("2026-04-20"))
                .counterOfferCountered(on("2026-03-04"), ANNA, date("2026-04-10"));
        History countered = requested(date("2026-04-02")).counterOffered(on("2026-03-03"), BEN, date("2026-04-30"));
        History offered = History.offered(PARTNERSHIP, SURGERY, date("2026-04-03"), on("2026-03-02"), BEN);
        feed.play(asked, askedAgain, countered, offered);

        FollowThroughBoard board = board(TODAY);

        assertThat(board.awaitingResponse()).extracting(FollowThroughItem::commitmentId, FollowThroughItem::dueDate,
                FollowThroughItem::state).containsExactly(
                tuple(asked.id(), date("2026-04-01"), CommitmentState.REQUESTED),
                tuple(askedAgain.id(), date("2026-04-10"), CommitmentState.REQUESTED));
        assertThat(board.awaitingAcceptance()).extracting(FollowThroughItem::commitmentId,
                FollowThroughItem::proposedDueDate, FollowThroughItem::requester).containsExactly(
                tuple(countered.id(), date("2026-04-30"), Requester.byMember(HOSPITAL)),
                tuple(offered.id(), null, Requester.byPartnership()));
        assertThat(board.dueSoon()).isEmpty();
        assertThat(board.overdue()).isEmpty();
    }

    @Test
    void anItemNamesItsCommitmentPartiesAndDates() {
        DecisionId decision = DecisionId.random();
        History history = History.requested(PARTNERSHIP, Requester.byDecision(decision), SURGERY,
                        "Publish the joint winter plan", date("2026-03-15"), on("2026-03-02"), COORDINATOR)
                .promised(on("2026-03-03"), BEN)
                .progress(on("2026-03-10"), BEN, ProgressStatus.AT_RISK, "Waiting for figures")
                .overdue()
                .renegotiationProposed(on("2026-03-18"), BEN, CommitmentSide.PERFORMER, date("2026-03-31"));
        feed.play(history);

        assertThat(board(TODAY).overdue()).containsExactly(new FollowThroughItem(history.id(),
                "Publish the joint winter plan", SURGERY, Requester.byDecision(decision), CommitmentState.PROMISED,
                date("2026-03-15"), date("2026-03-31"), 5, ProgressStatus.AT_RISK, "Waiting for figures"));
    }

    @Test
    void aRenegotiatedOrHandedOverCommitmentShowsItsNewDueDateAndPerformer() {
        History history = promised(date("2026-03-15")).overdue()
                .renegotiated(on("2026-03-18"), BEN, CommitmentSide.PERFORMER, date("2026-03-31"),
                        on("2026-03-19"), ANNA)
                .handOverProposed(on("2026-03-19"), BEN, COUNCIL).handOverAccepted(on("2026-03-19"), CARA);
        feed.play(history);

        FollowThroughBoard board = board(TODAY);

        assertThat(board.overdue()).isEmpty();
        assertThat(board.dueSoon()).extracting(FollowThroughItem::performer, FollowThroughItem::dueDate,
                FollowThroughItem::proposedDueDate).containsExactly(tuple(COUNCIL, date("2026-03-31"), null));
    }

    @Test
    void endedCommitmentsLeaveTheBoard() {
        feed.play(
                promised(date("2026-03-15")).overdue().completionReported(on("2026-03-16"), BEN)
                        .kept(on("2026-03-17"), ANNA),
                promised(date("2026-03-15")).overdue().withdrawn(on("2026-03-16"), BEN),
                promised(date("2026-03-15")).overdue().released(on("2026-03-16"), ANNA),
                requested(date("2026-03-25")).declined(on("2026-03-03"), BEN),
                requested(date("2026-03-25")).counterOffered(on("2026-03-03"), BEN, date("2026-04-30"))
                        .counterOfferRejected(on("2026-03-04"), ANNA));

        assertThat(board(TODAY)).isEqualTo(new FollowThroughBoard(PARTNERSHIP, TODAY, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()));
    }

    @Test
    void anotherPartnershipsCommitmentsAreNotOnTheBoard() {
        feed.play(History.requested(OTHER_PARTNERSHIP, Requester.byMember(HOSPITAL), SURGERY, date("2026-03-10"),
                on("2026-03-02"), ANNA).promised(on("2026-03-03"), BEN));

        assertThat(board(TODAY).overdue()).isEmpty();
    }

    @Test
    void resetThenReplayGivesTheSameBoard() {
        List<History> histories = List.of(
                promised(date("2026-03-17")).overdue(),
                promised(date("2026-03-25")).progress(on("2026-03-05"), BEN, ProgressStatus.BLOCKED, "Stuck"),
                requested(date("2026-04-01")),
                promised(date("2026-03-18")).completionReported(on("2026-03-19"), BEN),
                promised(date("2026-03-15")).withdrawn(on("2026-03-16"), BEN));
        feed.play(histories.toArray(History[]::new));
        FollowThroughBoard before = board(TODAY);
        assertThat(before.overdue()).hasSize(2);

        feed.reset();
        assertThat(board(TODAY).overdue()).isEmpty();
        feed.playOneAfterAnother(histories);

        assertThat(board(TODAY)).isEqualTo(before);
    }

    private static History requested(LocalDate due) {
        return History.requested(PARTNERSHIP, Requester.byMember(HOSPITAL), SURGERY, due, on("2026-03-02"), ANNA);
    }

    private static History promised(LocalDate due) {
        return requested(due).promised(on("2026-03-03"), BEN);
    }

    private FollowThroughBoard board(LocalDate asOf) {
        return projection.handle(new FindFollowThroughQuery(PARTNERSHIP, asOf));
    }

    private static List<CommitmentId> ids(List<FollowThroughItem> items) {
        return items.stream().map(FollowThroughItem::commitmentId).toList();
    }
}
