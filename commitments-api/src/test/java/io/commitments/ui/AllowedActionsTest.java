package io.commitments.ui;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.commitment.CommitmentAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.commitments.core.api.commitment.CommitmentState.COMPLETION_REPORTED;
import static io.commitments.core.api.commitment.CommitmentState.COUNTERED;
import static io.commitments.core.api.commitment.CommitmentState.DECLINED;
import static io.commitments.core.api.commitment.CommitmentState.KEPT;
import static io.commitments.core.api.commitment.CommitmentState.OFFERED;
import static io.commitments.core.api.commitment.CommitmentState.PROMISED;
import static io.commitments.core.api.commitment.CommitmentState.RELEASED;
import static io.commitments.core.api.commitment.CommitmentState.REQUESTED;
import static io.commitments.core.api.commitment.CommitmentState.WITHDRAWN;
import static io.commitments.core.commitment.CommitmentAction.ACCEPT_COUNTER_OFFER;
import static io.commitments.core.commitment.CommitmentAction.ACCEPT_HAND_OVER;
import static io.commitments.core.commitment.CommitmentAction.ACCEPT_OFFER;
import static io.commitments.core.commitment.CommitmentAction.ACCEPT_RENEGOTIATION;
import static io.commitments.core.commitment.CommitmentAction.COUNTER_OFFER;
import static io.commitments.core.commitment.CommitmentAction.COUNTER_THE_COUNTER_OFFER;
import static io.commitments.core.commitment.CommitmentAction.DECLARE_NOT_SATISFIED;
import static io.commitments.core.commitment.CommitmentAction.DECLARE_SATISFIED;
import static io.commitments.core.commitment.CommitmentAction.DECLINE;
import static io.commitments.core.commitment.CommitmentAction.HAND_OVER;
import static io.commitments.core.commitment.CommitmentAction.PROMISE;
import static io.commitments.core.commitment.CommitmentAction.PROPOSE_RENEGOTIATION;
import static io.commitments.core.commitment.CommitmentAction.REJECT_COUNTER_OFFER;
import static io.commitments.core.commitment.CommitmentAction.RELEASE;
import static io.commitments.core.commitment.CommitmentAction.REPORT_COMPLETION;
import static io.commitments.core.commitment.CommitmentAction.REPORT_PROGRESS;
import static io.commitments.core.commitment.CommitmentAction.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;

/** Every state against every side: a page offers exactly what the Commitment aggregate would accept. */
class AllowedActionsTest {

    private static final OrganisationId ASKING = OrganisationId.random();
    private static final OrganisationId DOING = OrganisationId.random();
    private static final OrganisationId OTHER = OrganisationId.random();
    private static final Set<OrganisationId> MEMBERS = Set.of(ASKING, DOING, OTHER);

    private static final Viewer REQUESTER = new Viewer(PersonId.random(), ASKING, false, true);
    private static final Viewer PERFORMER = new Viewer(PersonId.random(), DOING, false, true);
    private static final Viewer BYSTANDER = new Viewer(PersonId.random(), OTHER, false, true);
    private static final Viewer COORDINATOR = new Viewer(PersonId.random(), null, true, true);
    private static final Viewer AUDITOR = new Viewer(PersonId.random(), null, true, false);

    private static final Map<CommitmentState, Set<CommitmentAction>> PERFORMER_MAY = Map.of(
            REQUESTED, EnumSet.of(PROMISE, DECLINE, COUNTER_OFFER),
            OFFERED, EnumSet.noneOf(CommitmentAction.class),
            COUNTERED, EnumSet.noneOf(CommitmentAction.class),
            PROMISED, EnumSet.of(REPORT_PROGRESS, REPORT_COMPLETION, WITHDRAW, PROPOSE_RENEGOTIATION, HAND_OVER),
            COMPLETION_REPORTED, EnumSet.of(WITHDRAW));
    private static final Map<CommitmentState, Set<CommitmentAction>> REQUESTER_MAY = Map.of(
            REQUESTED, EnumSet.of(RELEASE),
            OFFERED, EnumSet.of(ACCEPT_OFFER, RELEASE),
            COUNTERED, EnumSet.of(ACCEPT_COUNTER_OFFER, REJECT_COUNTER_OFFER, COUNTER_THE_COUNTER_OFFER, RELEASE),
            PROMISED, EnumSet.of(RELEASE, PROPOSE_RENEGOTIATION),
            COMPLETION_REPORTED, EnumSet.of(DECLARE_SATISFIED, DECLARE_NOT_SATISFIED, RELEASE));

    private static CommitmentSummary commitment(CommitmentState state, Requester requester) {
        return new CommitmentSummary(CommitmentId.random(), PartnershipId.random(), requester,
                DOING, null, "Run the flu clinic", null, null, LocalDate.of(2026, 6, 1), state, false, null, null,
                null, null, Instant.parse("2026-05-01T09:00:00Z"), null, null, null, 3);
    }

    private static CommitmentSummary withProposedDate(CommitmentSummary c) {
        return new CommitmentSummary(c.id(), c.partnershipId(), c.requester(), c.performer(), c.promisedBy(),
                c.description(), c.conditionsOfSatisfaction(), c.outcome(), c.dueDate(), c.state(), c.overdue(),
                c.progress(), c.progressNote(), c.dueDate().plusDays(14), c.handOverTo(), c.requestedAt(),
                c.promisedAt(), c.endedAt(), c.keptOnTime(), c.version());
    }

    private static CommitmentSummary handingOverTo(CommitmentSummary c, OrganisationId receiver) {
        return new CommitmentSummary(c.id(), c.partnershipId(), c.requester(), c.performer(), c.promisedBy(),
                c.description(), c.conditionsOfSatisfaction(), c.outcome(), c.dueDate(), c.state(), c.overdue(),
                c.progress(), c.progressNote(), c.proposedDueDate(), receiver, c.requestedAt(),
                c.promisedAt(), c.endedAt(), c.keptOnTime(), c.version());
    }

    private static Set<CommitmentAction> allowed(CommitmentSummary commitment, Viewer viewer) {
        return AllowedActions.of(commitment, viewer, null, MEMBERS);
    }

    @ParameterizedTest
    @EnumSource(CommitmentState.class)
    void theRequestingMembersPeopleGetTheRequestersActionsOfTheState(CommitmentState state) {
        assertThat(allowed(commitment(state, Requester.byMember(ASKING)), REQUESTER))
                .containsExactlyInAnyOrderElementsOf(REQUESTER_MAY.getOrDefault(state, Set.of()));
    }

    @ParameterizedTest
    @EnumSource(CommitmentState.class)
    void thePerformersPeopleGetThePerformersActionsOfTheState(CommitmentState state) {
        assertThat(allowed(commitment(state, Requester.byMember(ASKING)), PERFORMER))
                .containsExactlyInAnyOrderElementsOf(PERFORMER_MAY.getOrDefault(state, Set.of()));
    }

    @ParameterizedTest
    @EnumSource(CommitmentState.class)
    void coordinatorsSpeakForTheRequesterWhenADecisionAsked(CommitmentState state) {
        assertThat(allowed(commitment(state, Requester.byDecision(DecisionId.random())), COORDINATOR))
                .containsExactlyInAnyOrderElementsOf(REQUESTER_MAY.getOrDefault(state, Set.of()));
    }

    @ParameterizedTest
    @EnumSource(CommitmentState.class)
    void coordinatorsAreNoSideOfAMembersRequest(CommitmentState state) {
        assertThat(allowed(commitment(state, Requester.byMember(ASKING)), COORDINATOR)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CommitmentState.class)
    void otherMembersAndAuditorsAreOfferedNothing(CommitmentState state) {
        assertThat(allowed(commitment(state, Requester.byMember(ASKING)), BYSTANDER)).isEmpty();
        assertThat(allowed(commitment(state, Requester.byDecision(DecisionId.random())), AUDITOR)).isEmpty();
    }

    @Test
    void endedCommitmentsOfferNothingToAnyone() {
        for (CommitmentState ended : EnumSet.of(KEPT, DECLINED, WITHDRAWN, RELEASED)) {
            for (Viewer viewer : Set.of(REQUESTER, PERFORMER, BYSTANDER, COORDINATOR)) {
                assertThat(allowed(commitment(ended, Requester.byMember(ASKING)), viewer)).isEmpty();
            }
        }
    }

    @Test
    void aProposedDueDateIsAcceptedByTheOtherSideOnly() {
        CommitmentSummary pending = withProposedDate(commitment(PROMISED, Requester.byMember(ASKING)));

        assertThat(AllowedActions.of(pending, REQUESTER, CommitmentSide.PERFORMER, MEMBERS))
                .contains(ACCEPT_RENEGOTIATION);
        assertThat(AllowedActions.of(pending, PERFORMER, CommitmentSide.PERFORMER, MEMBERS))
                .doesNotContain(ACCEPT_RENEGOTIATION);
        assertThat(AllowedActions.of(pending, PERFORMER, CommitmentSide.REQUESTER, MEMBERS))
                .contains(ACCEPT_RENEGOTIATION);
        assertThat(AllowedActions.of(pending, REQUESTER, CommitmentSide.REQUESTER, MEMBERS))
                .doesNotContain(ACCEPT_RENEGOTIATION);
    }

    @Test
    void onlyTheReceivingMemberTakesOverWhileItIsStillAMember() {
        CommitmentSummary handingOver = handingOverTo(commitment(PROMISED, Requester.byMember(ASKING)), OTHER);

        assertThat(allowed(handingOver, BYSTANDER)).containsExactly(ACCEPT_HAND_OVER);
        assertThat(allowed(handingOver, PERFORMER)).doesNotContain(ACCEPT_HAND_OVER);
        assertThat(allowed(handingOver, REQUESTER)).doesNotContain(ACCEPT_HAND_OVER);
        assertThat(AllowedActions.of(handingOver, BYSTANDER, null, Set.of(ASKING, DOING))).isEmpty();
    }

    @Test
    void noHandOverIsOfferedWhenThereIsNoOtherMemberToTakeIt() {
        assertThat(AllowedActions.of(commitment(PROMISED, Requester.byMember(ASKING)), PERFORMER, null, Set.of(DOING)))
                .doesNotContain(HAND_OVER);
    }

    @Test
    void aPersonOnBothSidesGetsBoth() {
        Viewer coordinatorOfThePerformer = new Viewer(PersonId.random(), DOING, true, true);

        assertThat(allowed(commitment(COMPLETION_REPORTED, Requester.byPartnership()), coordinatorOfThePerformer))
                .containsExactlyInAnyOrder(WITHDRAW, DECLARE_SATISFIED, DECLARE_NOT_SATISFIED, RELEASE);
    }
}
