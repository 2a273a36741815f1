package io.commitments.projections.commitment;

import io.commitments.core.api.commitment.CommitmentDetails;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.commitment.CommitmentTimelineEntry;
import io.commitments.core.api.commitment.FindCommitmentQuery;
import io.commitments.core.api.commitment.FindPartnershipCommitmentsQuery;
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

import java.util.List;

import static io.commitments.projections.support.Parties.ALI;
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
import static org.assertj.core.groups.Tuple.tuple;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class CommitmentViewProjectionTest {

    @Parameter
    TestDatabase database;

    private CommitmentViewProjection projection;
    private EventFeed feed;

    @BeforeEach
    void setUp() {
        TestDatabase.Schema schema = database.freshSchema();
        projection = new CommitmentViewProjection(schema.tables());
        feed = new EventFeed(projection, schema.transactions());
    }

    @Test
    void aPromisedCommitmentShowsItsPartiesDueDateAndTimeline() {
        History history = History.requested(PARTNERSHIP, Requester.byMember(HOSPITAL), SURGERY, date("2026-03-20"),
                on("2026-03-02"), ANNA).promised(on("2026-03-03"), BEN);

        feed.play(history);

        CommitmentDetails details = details(history);
        CommitmentSummary commitment = details.commitment();
        assertThat(commitment.partnershipId()).isEqualTo(PARTNERSHIP);
        assertThat(commitment.requester()).isEqualTo(Requester.byMember(HOSPITAL));
        assertThat(commitment.performer()).isEqualTo(SURGERY);
        assertThat(commitment.promisedBy()).isEqualTo(BEN.person());
        assertThat(commitment.description()).isEqualTo(History.DESCRIPTION);
        assertThat(commitment.conditionsOfSatisfaction()).isEqualTo("Agreed by both leads");
        assertThat(commitment.outcome()).isEqualTo("Fewer delayed discharges");
        assertThat(commitment.dueDate()).isEqualTo(date("2026-03-20"));
        assertThat(commitment.state()).isEqualTo(CommitmentState.PROMISED);
        assertThat(commitment.overdue()).isFalse();
        assertThat(commitment.requestedAt()).isEqualTo(on("2026-03-02"));
        assertThat(commitment.promisedAt()).isEqualTo(on("2026-03-03"));
        assertThat(commitment.endedAt()).isNull();
        assertThat(commitment.keptOnTime()).isNull();
        assertThat(commitment.version()).isEqualTo(1);
        assertThat(details.timeline()).containsExactly(
                new CommitmentTimelineEntry(0, "CommitmentRequestedEvent", on("2026-03-02"), ANNA,
                        "Requested by a member organisation, due 2026-03-20", null),
                new CommitmentTimelineEntry(1, "CommitmentPromisedEvent", on("2026-03-03"), BEN,
                        "Promised, due 2026-03-20", null));
    }

    @Test
    void keptLateAfterBeingOverdueIsNoLongerOverdueButShowsBothInItsTimeline() {
        History history = promised(date("2026-03-20"))
                .progress(on("2026-03-10"), BEN, ProgressStatus.AT_RISK, "Ward lead off sick")
                .overdue()
                .completionReported(on("2026-03-23"), BEN)
                .kept(on("2026-03-24"), ANNA);

        feed.play(history);

        CommitmentDetails details = details(history);
        assertThat(details.commitment().state()).isEqualTo(CommitmentState.KEPT);
        assertThat(details.commitment().keptOnTime()).isFalse();
        assertThat(details.commitment().overdue()).isFalse();
        assertThat(details.commitment().endedAt()).isEqualTo(on("2026-03-24"));
        assertThat(details.commitment().progress()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(details.commitment().progressNote()).isEqualTo("Ward lead off sick");
        assertThat(details.timeline()).extracting(CommitmentTimelineEntry::type, CommitmentTimelineEntry::actor,
                CommitmentTimelineEntry::summary, CommitmentTimelineEntry::reason).containsExactly(
                tuple("CommitmentRequestedEvent", ANNA, "Requested by a member organisation, due 2026-03-20", null),
                tuple("CommitmentPromisedEvent", BEN, "Promised, due 2026-03-20", null),
                tuple("CommitmentProgressReportedEvent", BEN, "Progress reported: at risk", "Ward lead off sick"),
                tuple("CommitmentOverdueEvent", null, "Overdue: not kept by the end of 2026-03-20", null),
                tuple("CommitmentCompletionReportedEvent", BEN, "Completion reported", "Done and circulated"),
                tuple("CommitmentKeptEvent", ANNA, "Declared satisfied: kept late", null));
    }

    @Test
    void keptOnTheDueDateIsKeptOnTime() {
        History history = promised(date("2026-03-20")).completionReported(on("2026-03-20"), BEN)
                .kept(on("2026-03-20").plusSeconds(13 * 3600 + 59 * 60), ANNA);

        feed.play(history);

        assertThat(details(history).commitment().keptOnTime()).isTrue();
    }

    @Test
    void anOverdueCommitmentIsFlaggedUntilRenegotiatedToALaterDate() {
        History history = promised(date("2026-03-20")).overdue();
        feed.play(history);
        assertThat(details(history).commitment().overdue()).isTrue();

        History renegotiated = promised(date("2026-03-20")).overdue()
                .renegotiated(on("2026-03-22"), BEN, CommitmentSide.PERFORMER, date("2026-04-10"),
                        on("2026-03-23"), ANNA);
        feed.play(renegotiated);

        CommitmentDetails details = details(renegotiated);
        assertThat(details.commitment().overdue()).isFalse();
        assertThat(details.commitment().dueDate()).isEqualTo(date("2026-04-10"));
        assertThat(details.commitment().proposedDueDate()).isNull();
        assertThat(details.timeline()).extracting(CommitmentTimelineEntry::summary).contains(
                "New due date 2026-04-10 proposed by the performer",
                "Renegotiated: due 2026-04-10 instead of 2026-03-20; no longer overdue");
    }

    @Test
    void aRenegotiationToADateStillPastLeavesItOverdue() {
        History history = promised(date("2026-03-20")).overdue()
                .renegotiated(on("2026-03-25"), ANNA, CommitmentSide.REQUESTER, date("2026-03-21"),
                        on("2026-03-26"), BEN);

        feed.play(history);

        assertThat(details(history).commitment().overdue()).isTrue();
        assertThat(details(history).commitment().dueDate()).isEqualTo(date("2026-03-21"));
    }

    @Test
    void aProposedRenegotiationShowsUntilAccepted() {
        History history = promised(date("2026-03-20"))
                .renegotiationProposed(on("2026-03-10"), BEN, CommitmentSide.PERFORMER, date("2026-03-31"));

        feed.play(history);

        assertThat(details(history).commitment().proposedDueDate()).isEqualTo(date("2026-03-31"));
        assertThat(details(history).commitment().dueDate()).isEqualTo(date("2026-03-20"));
    }

    @Test
    void aHandedOverCommitmentHasTheNewPerformerAndTheirPersonAsPromisor() {
        History history = promised(date("2026-03-20")).handOverProposed(on("2026-03-05"), BEN, COUNCIL);
        feed.play(history);
        assertThat(details(history).commitment().handOverTo()).isEqualTo(COUNCIL);
        assertThat(details(history).commitment().performer()).isEqualTo(SURGERY);

        History takenOver = promised(date("2026-03-20")).handOverProposed(on("2026-03-05"), BEN, COUNCIL)
                .handOverAccepted(on("2026-03-06"), CARA);
        feed.play(takenOver);

        CommitmentDetails details = details(takenOver);
        assertThat(details.commitment().performer()).isEqualTo(COUNCIL);
        assertThat(details.commitment().promisedBy()).isEqualTo(CARA.person());
        assertThat(details.commitment().handOverTo()).isNull();
        assertThat(details.commitment().promisedAt()).isEqualTo(on("2026-03-03"));
        assertThat(details.timeline()).extracting(CommitmentTimelineEntry::actor).containsExactly(ANNA, BEN, BEN, CARA);
    }

    @Test
    void anAcceptedOfferIsPromisedByThePersonWhoOfferedIt() {
        History history = History.offered(PARTNERSHIP, SURGERY, date("2026-03-20"), on("2026-03-02"), BEN)
                .offerAccepted(on("2026-03-04"), COORDINATOR);

        feed.play(history);

        CommitmentSummary commitment = details(history).commitment();
        assertThat(commitment.requester()).isEqualTo(Requester.byPartnership());
        assertThat(commitment.state()).isEqualTo(CommitmentState.PROMISED);
        assertThat(commitment.promisedBy()).isEqualTo(BEN.person());
        assertThat(commitment.promisedAt()).isEqualTo(on("2026-03-04"));
        assertThat(details(history).timeline()).extracting(CommitmentTimelineEntry::actor)
                .containsExactly(BEN, COORDINATOR);
    }

    @Test
    void anAcceptedCounterOfferIsDueOnTheCounteredDateAndPromisedByWhoCountered() {
        DecisionId decision = DecisionId.random();
        History history = History.requested(PARTNERSHIP, Requester.byDecision(decision), SURGERY,
                        date("2026-03-20"), on("2026-03-02"), COORDINATOR)
                .counterOffered(on("2026-03-03"), BEN, date("2026-04-01"));
        feed.play(history);
        assertThat(details(history).commitment().state()).isEqualTo(CommitmentState.COUNTERED);
        assertThat(details(history).commitment().proposedDueDate()).isEqualTo(date("2026-04-01"));

        History accepted = History.requested(PARTNERSHIP, Requester.byDecision(decision), SURGERY,
                        date("2026-03-20"), on("2026-03-02"), COORDINATOR)
                .counterOffered(on("2026-03-03"), BEN, date("2026-04-01"))
                .counterOfferAccepted(on("2026-03-04"), COORDINATOR);
        feed.play(accepted);

        CommitmentSummary commitment = details(accepted).commitment();
        assertThat(commitment.requester().decision()).isEqualTo(decision);
        assertThat(commitment.requester().organisation()).isNull();
        assertThat(commitment.dueDate()).isEqualTo(date("2026-04-01"));
        assertThat(commitment.proposedDueDate()).isNull();
        assertThat(commitment.promisedBy()).isEqualTo(BEN.person());
        assertThat(details(accepted).timeline()).extracting(CommitmentTimelineEntry::summary).containsExactly(
                "Requested by a decision of the partnership, due 2026-03-20",
                "Counter-offered: due 2026-04-01 instead",
                "Counter-offer accepted: promised, due 2026-04-01");
    }

    @Test
    void aCounteredCounterOfferIsRequestedAgainOnTheNewDate() {
        History history = requested(date("2026-03-20"))
                .counterOffered(on("2026-03-03"), BEN, date("2026-04-15"))
                .counterOfferCountered(on("2026-03-04"), ANNA, date("2026-04-01"));

        feed.play(history);

        CommitmentSummary commitment = details(history).commitment();
        assertThat(commitment.state()).isEqualTo(CommitmentState.REQUESTED);
        assertThat(commitment.dueDate()).isEqualTo(date("2026-04-01"));
        assertThat(commitment.proposedDueDate()).isNull();
        assertThat(commitment.promisedBy()).isNull();
    }

    @Test
    void declinedAndReleasedEndWithTheirReasonsInTheTimeline() {
        History declined = requested(date("2026-03-20")).declined(on("2026-03-03"), BEN);
        History released = promised(date("2026-03-20")).overdue().released(on("2026-03-25"), ALI);

        feed.play(declined, released);

        assertThat(details(declined).commitment().state()).isEqualTo(CommitmentState.DECLINED);
        assertThat(details(declined).commitment().endedAt()).isEqualTo(on("2026-03-03"));
        assertThat(details(declined).timeline()).last()
                .extracting(CommitmentTimelineEntry::summary, CommitmentTimelineEntry::reason)
                .containsExactly("Declined", "No capacity this quarter");
        assertThat(details(released).commitment().state()).isEqualTo(CommitmentState.RELEASED);
        assertThat(details(released).commitment().overdue()).isFalse();
        assertThat(details(released).timeline()).last()
                .extracting(CommitmentTimelineEntry::summary, CommitmentTimelineEntry::reason)
                .containsExactly("Released by the requester", "No longer needed");
    }

    @Test
    void aWithdrawnCommitmentKeepsItsPromisorAndReason() {
        History history = promised(date("2026-03-20")).withdrawn(on("2026-03-10"), BEN);

        feed.play(history);

        assertThat(details(history).commitment().state()).isEqualTo(CommitmentState.WITHDRAWN);
        assertThat(details(history).commitment().promisedBy()).isEqualTo(BEN.person());
        assertThat(details(history).timeline()).last().extracting(CommitmentTimelineEntry::reason)
                .isEqualTo("Our team was disbanded");
    }

    @Test
    void anUnknownCommitmentIsNotFound() {
        feed.play(promised(date("2026-03-20")));

        assertThat(projection.handle(new FindCommitmentQuery(
                io.commitments.core.api.commitment.CommitmentId.random()))).isEmpty();
    }

    @Test
    void aPartnershipsCommitmentsAreListedByDueDateAndFilteredByStatePerformerAndOverdue() {
        History late = promised(date("2026-03-10")).overdue();
        History promisedByCouncil = History.requested(PARTNERSHIP, Requester.byMember(HOSPITAL), COUNCIL,
                date("2026-03-30"), on("2026-03-02"), ANNA).promised(on("2026-03-03"), CARA);
        History asked = requested(date("2026-03-20"));
        History elsewhere = History.requested(OTHER_PARTNERSHIP, Requester.byMember(HOSPITAL), SURGERY,
                date("2026-03-01"), on("2026-02-20"), ANNA);

        feed.play(late, promisedByCouncil, asked, elsewhere);

        assertThat(ids(FindPartnershipCommitmentsQuery.all(PARTNERSHIP)))
                .containsExactly(late.id(), asked.id(), promisedByCouncil.id());
        assertThat(ids(new FindPartnershipCommitmentsQuery(PARTNERSHIP, CommitmentState.PROMISED, null, null)))
                .containsExactly(late.id(), promisedByCouncil.id());
        assertThat(ids(new FindPartnershipCommitmentsQuery(PARTNERSHIP, null, SURGERY, null)))
                .containsExactly(late.id(), asked.id());
        assertThat(ids(new FindPartnershipCommitmentsQuery(PARTNERSHIP, null, null, true)))
                .containsExactly(late.id());
        assertThat(ids(new FindPartnershipCommitmentsQuery(PARTNERSHIP, CommitmentState.PROMISED, COUNCIL, false)))
                .containsExactly(promisedByCouncil.id());
    }

    @Test
    void resetThenReplayGivesTheSameViews() {
        History kept = promised(date("2026-03-20")).overdue().completionReported(on("2026-03-23"), BEN)
                .kept(on("2026-03-24"), ANNA);
        History handedOver = promised(date("2026-03-20")).handOverProposed(on("2026-03-05"), BEN, COUNCIL)
                .handOverAccepted(on("2026-03-06"), CARA);
        feed.play(kept, handedOver);
        List<CommitmentDetails> before = List.of(details(kept), details(handedOver));

        feed.reset();
        assertThat(projection.handle(FindPartnershipCommitmentsQuery.all(PARTNERSHIP))).isEmpty();
        feed.playOneAfterAnother(List.of(handedOver, kept));

        assertThat(List.of(details(kept), details(handedOver))).isEqualTo(before);
    }

    private static History requested(java.time.LocalDate due) {
        return History.requested(PARTNERSHIP, Requester.byMember(HOSPITAL), SURGERY, due, on("2026-03-02"), ANNA);
    }

    private static History promised(java.time.LocalDate due) {
        return requested(due).promised(on("2026-03-03"), BEN);
    }

    private CommitmentDetails details(History history) {
        return projection.handle(new FindCommitmentQuery(history.id())).orElseThrow();
    }

    private List<io.commitments.core.api.commitment.CommitmentId> ids(FindPartnershipCommitmentsQuery query) {
        return projection.handle(query).stream().map(CommitmentSummary::id).toList();
    }
}
