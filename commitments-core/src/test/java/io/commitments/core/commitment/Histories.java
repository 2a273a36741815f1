package io.commitments.core.commitment;

import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverProposedEvent;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferedEvent;
import io.commitments.core.api.commitment.CommitmentOverdueEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiationProposedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Object mother: the parties of one partnership and the common histories of one commitment in it. The
 * requesting organisation asks the performing organisation; the receiving organisation is the third member;
 * the coordinator speaks for the partnership; the outsider's organisation is no party to the commitment.
 */
final class Histories {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    static final LocalDate DUE = LocalDate.parse("2026-12-01");
    static final Instant END_OF_DUE = Instant.parse("2026-12-02T00:00:00Z");
    static final LocalDate LATER = LocalDate.parse("2026-12-15");
    static final Instant END_OF_LATER = Instant.parse("2026-12-16T00:00:00Z");

    static final CommitmentId ID = CommitmentId.of("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    static final PartnershipId PARTNERSHIP = PartnershipId.of("6f1c0a52-0d1e-4c55-9d0e-0b8f4b1d2a01");
    static final DecisionId DECISION = DecisionId.of("0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b");
    static final OrganisationId REQUESTING_ORG = OrganisationId.of("a0000000-0000-4000-8000-00000000000a");
    static final OrganisationId PERFORMING_ORG = OrganisationId.of("b0000000-0000-4000-8000-00000000000b");
    static final OrganisationId RECEIVING_ORG = OrganisationId.of("c0000000-0000-4000-8000-00000000000c");
    static final OrganisationId OUTSIDE_ORG = OrganisationId.of("d0000000-0000-4000-8000-00000000000d");

    static final Actor REQUESTER = new Actor(PersonId.of("a1000000-0000-4000-8000-00000000000a"), REQUESTING_ORG);
    static final Actor PERFORMER = new Actor(PersonId.of("b1000000-0000-4000-8000-00000000000b"), PERFORMING_ORG);
    static final Actor RECEIVER = new Actor(PersonId.of("c1000000-0000-4000-8000-00000000000c"), RECEIVING_ORG);
    static final Actor OUTSIDER = new Actor(PersonId.of("d1000000-0000-4000-8000-00000000000d"), OUTSIDE_ORG);
    static final Actor COORDINATOR = new Actor(PersonId.of("e1000000-0000-4000-8000-00000000000e"), null);

    static final String DESCRIPTION = "Draft the shared discharge protocol";
    static final String CONDITIONS = "Agreed by both wards' leads";
    static final String OUTCOME = "Fewer delayed discharges";

    private Histories() {
    }

    /** A fixture for the Commitment aggregate with the given roll and due dates ending in the given zone. */
    static AggregateTestFixture<Commitment> fixture(Members members, DueDates dueDates) {
        AggregateTestFixture<Commitment> fixture = new AggregateTestFixture<>(Commitment.class);
        fixture.registerInjectableResource(members);
        fixture.registerInjectableResource(dueDates);
        return fixture;
    }

    static AggregateTestFixture<Commitment> fixture() {
        return fixture(members(), DueDates.utc());
    }

    /** The partnership's roll: the three organisations are members, the coordinator is appointed. */
    static Members members() {
        return new Members(PARTNERSHIP).join(REQUESTING_ORG, PERFORMING_ORG, RECEIVING_ORG)
                .appoint(COORDINATOR.person());
    }

    static CommitmentRequestedEvent requested() {
        return new CommitmentRequestedEvent(ID, PARTNERSHIP, Requester.byMember(REQUESTING_ORG), PERFORMING_ORG,
                DESCRIPTION, DUE, CONDITIONS, OUTCOME, REQUESTER);
    }

    static CommitmentOfferedEvent offered() {
        return new CommitmentOfferedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DESCRIPTION, DUE, CONDITIONS, OUTCOME,
                PERFORMER);
    }

    static CommitmentPromisedEvent promised() {
        return new CommitmentPromisedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, PERFORMER);
    }

    static CommitmentCounterOfferedEvent counterOffered() {
        return new CommitmentCounterOfferedEvent(ID, PARTNERSHIP, PERFORMING_ORG, LATER, "Ward B is short-staffed",
                PERFORMER);
    }

    static CommitmentCompletionReportedEvent completionReported() {
        return new CommitmentCompletionReportedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, "Protocol circulated",
                PERFORMER);
    }

    static CommitmentOverdueEvent overdue() {
        return new CommitmentOverdueEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE);
    }

    static CommitmentRenegotiationProposedEvent renegotiationProposedByPerformer() {
        return new CommitmentRenegotiationProposedEvent(ID, PARTNERSHIP, PERFORMING_ORG, CommitmentSide.PERFORMER,
                LATER, "The data arrives late", PERFORMER);
    }

    static CommitmentHandOverProposedEvent handOverProposed() {
        return new CommitmentHandOverProposedEvent(ID, PARTNERSHIP, PERFORMING_ORG, RECEIVING_ORG,
                "Ward C runs the discharge lounge now", PERFORMER);
    }

    static List<Object> requestedCommitment() {
        return List.of(requested());
    }

    static List<Object> requestedByDecision() {
        return List.of(new CommitmentRequestedEvent(ID, PARTNERSHIP, Requester.byDecision(DECISION), PERFORMING_ORG,
                DESCRIPTION, DUE, null, OUTCOME, COORDINATOR));
    }

    static List<Object> offeredCommitment() {
        return List.of(offered());
    }

    static List<Object> counteredCommitment() {
        return List.of(requested(), counterOffered());
    }

    static List<Object> promisedCommitment() {
        return List.of(requested(), promised());
    }

    static List<Object> completionReportedCommitment() {
        return with(promisedCommitment(), completionReported());
    }

    static List<Object> keptCommitment() {
        return with(completionReportedCommitment(), new CommitmentKeptEvent(ID, PARTNERSHIP,
                Requester.byMember(REQUESTING_ORG), PERFORMING_ORG, DUE, true, REQUESTER));
    }

    static List<Object> declinedCommitment() {
        return List.of(requested(), new CommitmentDeclinedEvent(ID, PARTNERSHIP, Requester.byMember(REQUESTING_ORG),
                PERFORMING_ORG, DUE, "No capacity this quarter", PERFORMER));
    }

    static List<Object> withdrawnCommitment() {
        return with(promisedCommitment(), new CommitmentWithdrawnEvent(ID, PARTNERSHIP,
                Requester.byMember(REQUESTING_ORG), PERFORMING_ORG, DUE, "Funding was cut", PERFORMER));
    }

    static List<Object> releasedCommitment() {
        return with(promisedCommitment(), new CommitmentReleasedEvent(ID, PARTNERSHIP,
                Requester.byMember(REQUESTING_ORG), PERFORMING_ORG, DUE, "The board chose another route", REQUESTER));
    }

    /** A commitment in the given state, reached the usual way; an OFFERED one is the partnership's to accept. */
    static List<Object> inState(CommitmentState state) {
        return switch (state) {
            case REQUESTED -> requestedCommitment();
            case OFFERED -> offeredCommitment();
            case COUNTERED -> counteredCommitment();
            case PROMISED -> promisedCommitment();
            case COMPLETION_REPORTED -> completionReportedCommitment();
            case KEPT -> keptCommitment();
            case DECLINED -> declinedCommitment();
            case WITHDRAWN -> withdrawnCommitment();
            case RELEASED -> releasedCommitment();
        };
    }

    /** Who speaks for the requester of {@link #inState(CommitmentState)}'s commitment. */
    static Actor requesterOf(CommitmentState state) {
        return state == CommitmentState.OFFERED ? COORDINATOR : REQUESTER;
    }

    static Requester requesterIn(CommitmentState state) {
        return state == CommitmentState.OFFERED ? Requester.byPartnership() : Requester.byMember(REQUESTING_ORG);
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return List.copyOf(events);
    }
}
