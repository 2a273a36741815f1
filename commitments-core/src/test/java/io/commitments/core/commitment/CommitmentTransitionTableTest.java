package io.commitments.core.commitment;

import io.commitments.core.api.commitment.AcceptCounterOfferCommand;
import io.commitments.core.api.commitment.AcceptHandOverCommand;
import io.commitments.core.api.commitment.AcceptOfferCommand;
import io.commitments.core.api.commitment.AcceptRenegotiationCommand;
import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferCounteredEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferRejectedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverProposedEvent;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentProgressReportedEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiationProposedEvent;
import io.commitments.core.api.commitment.CommitmentSatisfactionDeniedEvent;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.commitment.CounterOfferCommand;
import io.commitments.core.api.commitment.CounterTheCounterOfferCommand;
import io.commitments.core.api.commitment.DeclareNotSatisfiedCommand;
import io.commitments.core.api.commitment.DeclareSatisfiedCommand;
import io.commitments.core.api.commitment.DeclineCommitmentCommand;
import io.commitments.core.api.commitment.HandOverCommitmentCommand;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.ProposeRenegotiationCommand;
import io.commitments.core.api.commitment.RejectCounterOfferCommand;
import io.commitments.core.api.commitment.ReleaseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.ReportProgressCommand;
import io.commitments.core.api.commitment.WithdrawCommitmentCommand;
import io.commitments.core.api.party.Actor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.commitments.core.commitment.Histories.DUE;
import static io.commitments.core.commitment.Histories.ID;
import static io.commitments.core.commitment.Histories.LATER;
import static io.commitments.core.commitment.Histories.NOW;
import static io.commitments.core.commitment.Histories.PARTNERSHIP;
import static io.commitments.core.commitment.Histories.PERFORMER;
import static io.commitments.core.commitment.Histories.PERFORMING_ORG;
import static io.commitments.core.commitment.Histories.RECEIVER;
import static io.commitments.core.commitment.Histories.RECEIVING_ORG;
import static io.commitments.core.commitment.Histories.requesterIn;
import static io.commitments.core.commitment.Histories.requesterOf;
import static io.commitments.core.commitment.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action in every state, each sent by the side entitled to it with valid input: {@code ok} applies the
 * action's event, {@code same} is a resent command with nothing to do (no event, no error), {@code .} is
 * refused with the action's code and a message naming the state. The PROMISED commitment here has a new due
 * date proposed by its performer and a hand-over proposed to the receiving organisation, so that accepting
 * either is possible there.
 */
class CommitmentTransitionTableTest {

    private static final String TABLE = """
            action                     REQUESTED OFFERED COUNTERED PROMISED COMPLETION_REPORTED KEPT DECLINED WITHDRAWN RELEASED
            PROMISE                    ok        .       .         same     .                   .    .        .         .
            DECLINE                    ok        .       .         .        .                   .    .        .         .
            COUNTER_OFFER              ok        .       .         .        .                   .    .        .         .
            ACCEPT_OFFER               .         ok      .         .        .                   .    .        .         .
            ACCEPT_COUNTER_OFFER       .         .       ok        .        .                   .    .        .         .
            REJECT_COUNTER_OFFER       .         .       ok        .        .                   .    .        .         .
            COUNTER_THE_COUNTER_OFFER  .         .       ok        .        .                   .    .        .         .
            REPORT_PROGRESS            .         .       .         ok       .                   .    .        .         .
            REPORT_COMPLETION          .         .       .         ok       .                   .    .        .         .
            DECLARE_SATISFIED          .         .       .         .        ok                  same .        .         .
            DECLARE_NOT_SATISFIED      .         .       .         .        ok                  .    .        .         .
            WITHDRAW                   .         .       .         ok       ok                  .    .        .         .
            RELEASE                    ok        ok      ok        ok       ok                  .    .        .         .
            PROPOSE_RENEGOTIATION      .         .       .         ok       .                   .    .        .         .
            ACCEPT_RENEGOTIATION       .         .       .         ok       .                   .    .        .         .
            HAND_OVER                  .         .       .         ok       .                   .    .        .         .
            ACCEPT_HAND_OVER           .         .       .         ok       .                   .    .        .         .
            """;

    /** The code each action is refused with where the table says {@code .}. */
    private static final Map<CommitmentAction, String> REFUSAL_CODES = new EnumMap<>(Map.ofEntries(
            Map.entry(CommitmentAction.PROMISE, "commitment.not-requested"),
            Map.entry(CommitmentAction.DECLINE, "commitment.not-requested"),
            Map.entry(CommitmentAction.COUNTER_OFFER, "commitment.not-requested"),
            Map.entry(CommitmentAction.ACCEPT_OFFER, "commitment.not-offered"),
            Map.entry(CommitmentAction.ACCEPT_COUNTER_OFFER, "commitment.not-countered"),
            Map.entry(CommitmentAction.REJECT_COUNTER_OFFER, "commitment.not-countered"),
            Map.entry(CommitmentAction.COUNTER_THE_COUNTER_OFFER, "commitment.not-countered"),
            Map.entry(CommitmentAction.REPORT_PROGRESS, "commitment.not-promised"),
            Map.entry(CommitmentAction.REPORT_COMPLETION, "commitment.not-promised"),
            Map.entry(CommitmentAction.DECLARE_SATISFIED, "commitment.completion-not-reported"),
            Map.entry(CommitmentAction.DECLARE_NOT_SATISFIED, "commitment.completion-not-reported"),
            Map.entry(CommitmentAction.WITHDRAW, "commitment.not-promised"),
            Map.entry(CommitmentAction.RELEASE, "commitment.not-open"),
            Map.entry(CommitmentAction.PROPOSE_RENEGOTIATION, "commitment.not-promised"),
            Map.entry(CommitmentAction.ACCEPT_RENEGOTIATION, "commitment.not-promised"),
            Map.entry(CommitmentAction.HAND_OVER, "commitment.not-promised"),
            Map.entry(CommitmentAction.ACCEPT_HAND_OVER, "commitment.not-promised")));

    private static final LocalDate BETWEEN = DUE.plusDays(7);

    private record Attempt(Object command, Object event) {
    }

    /** The command each action is tried with in a state, and the event expected where it is allowed. */
    private static Attempt attempt(CommitmentAction action, CommitmentState state) {
        Actor requester = requesterOf(state);
        return switch (action) {
            case PROMISE -> new Attempt(new PromiseCommitmentCommand(ID, PERFORMER),
                    new CommitmentPromisedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, PERFORMER));
            case DECLINE -> new Attempt(new DeclineCommitmentCommand(ID, "No capacity", PERFORMER),
                    new CommitmentDeclinedEvent(ID, PARTNERSHIP, requesterIn(state), PERFORMING_ORG, DUE,
                            "No capacity", PERFORMER));
            case COUNTER_OFFER -> new Attempt(new CounterOfferCommand(ID, LATER, "Later suits us", PERFORMER),
                    new CommitmentCounterOfferedEvent(ID, PARTNERSHIP, PERFORMING_ORG, LATER, "Later suits us",
                            PERFORMER));
            case ACCEPT_OFFER -> new Attempt(new AcceptOfferCommand(ID, requester),
                    new CommitmentOfferAcceptedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, requester));
            case ACCEPT_COUNTER_OFFER -> new Attempt(new AcceptCounterOfferCommand(ID, requester),
                    new CommitmentCounterOfferAcceptedEvent(ID, PARTNERSHIP, PERFORMING_ORG, LATER, requester));
            case REJECT_COUNTER_OFFER -> new Attempt(new RejectCounterOfferCommand(ID, "Too late", requester),
                    new CommitmentCounterOfferRejectedEvent(ID, PARTNERSHIP, requesterIn(state), PERFORMING_ORG, DUE,
                            "Too late", requester));
            case COUNTER_THE_COUNTER_OFFER -> new Attempt(
                    new CounterTheCounterOfferCommand(ID, BETWEEN, "Halfway", requester),
                    new CommitmentCounterOfferCounteredEvent(ID, PARTNERSHIP, PERFORMING_ORG, BETWEEN, "Halfway",
                            requester));
            case REPORT_PROGRESS -> new Attempt(
                    new ReportProgressCommand(ID, ProgressStatus.BLOCKED, "No data", PERFORMER),
                    new CommitmentProgressReportedEvent(ID, PARTNERSHIP, PERFORMING_ORG, ProgressStatus.BLOCKED,
                            "No data", PERFORMER));
            case REPORT_COMPLETION -> new Attempt(new ReportCompletionCommand(ID, "Done", PERFORMER),
                    new CommitmentCompletionReportedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, "Done", PERFORMER));
            case DECLARE_SATISFIED -> new Attempt(new DeclareSatisfiedCommand(ID, requester),
                    new CommitmentKeptEvent(ID, PARTNERSHIP, requesterIn(state), PERFORMING_ORG, DUE, true,
                            requester));
            case DECLARE_NOT_SATISFIED -> new Attempt(new DeclareNotSatisfiedCommand(ID, "Incomplete", requester),
                    new CommitmentSatisfactionDeniedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, "Incomplete",
                            requester));
            case WITHDRAW -> new Attempt(new WithdrawCommitmentCommand(ID, "Funding cut", PERFORMER),
                    new CommitmentWithdrawnEvent(ID, PARTNERSHIP, requesterIn(state), PERFORMING_ORG, DUE,
                            "Funding cut", PERFORMER));
            case RELEASE -> new Attempt(new ReleaseCommitmentCommand(ID, "Not needed", requester),
                    new CommitmentReleasedEvent(ID, PARTNERSHIP, requesterIn(state), PERFORMING_ORG, DUE,
                            "Not needed", requester));
            case PROPOSE_RENEGOTIATION -> new Attempt(
                    new ProposeRenegotiationCommand(ID, BETWEEN, "A week more", PERFORMER),
                    new CommitmentRenegotiationProposedEvent(ID, PARTNERSHIP, PERFORMING_ORG,
                            CommitmentSide.PERFORMER, BETWEEN, "A week more", PERFORMER));
            case ACCEPT_RENEGOTIATION -> new Attempt(new AcceptRenegotiationCommand(ID, requester),
                    new CommitmentRenegotiatedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, LATER, false, requester));
            case HAND_OVER -> new Attempt(new HandOverCommitmentCommand(ID, RECEIVING_ORG, "Yours now", PERFORMER),
                    new CommitmentHandOverProposedEvent(ID, PARTNERSHIP, PERFORMING_ORG, RECEIVING_ORG, "Yours now",
                            PERFORMER));
            case ACCEPT_HAND_OVER -> new Attempt(new AcceptHandOverCommand(ID, RECEIVER),
                    new CommitmentHandOverAcceptedEvent(ID, PARTNERSHIP, PERFORMING_ORG, RECEIVING_ORG, RECEIVER));
        };
    }

    private static List<Object> history(CommitmentState state) {
        if (state == CommitmentState.PROMISED) {
            return Histories.with(Histories.promisedCommitment(), Histories.renegotiationProposedByPerformer(),
                    Histories.handOverProposed());
        }
        return Histories.inState(state);
    }

    private static List<String[]> rows() {
        return TABLE.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")).toList();
    }

    @Test
    void tableNamesEveryStateAndEveryActionExactlyOnce() {
        List<String[]> rows = rows();
        assertThat(Arrays.asList(rows.get(0)).subList(1, rows.get(0).length))
                .containsExactlyElementsOf(Arrays.stream(CommitmentState.values()).map(Enum::name).toList());
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row[0]))
                .containsExactlyElementsOf(Arrays.stream(CommitmentAction.values()).map(Enum::name).toList());
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(row).as(row[0]).hasSize(CommitmentState.values().length + 1);
            assertThat(Arrays.asList(row).subList(1, row.length)).as(row[0])
                    .allMatch(cell -> cell.equals("ok") || cell.equals("same") || cell.equals("."));
        }
        assertThat(REFUSAL_CODES).containsOnlyKeys(CommitmentAction.values());
    }

    @TestFactory
    Stream<DynamicTest> everyActionInEveryState() {
        List<String[]> rows = rows();
        String[] header = rows.get(0);
        return rows.subList(1, rows.size()).stream().flatMap(row -> {
            CommitmentAction action = CommitmentAction.valueOf(row[0]);
            return Arrays.stream(CommitmentState.values()).map(state -> {
                String cell = row[Arrays.asList(header).indexOf(state.name())];
                return DynamicTest.dynamicTest(describe(action, state, cell),
                        () -> verify(action, state, cell));
            });
        });
    }

    private static String describe(CommitmentAction action, CommitmentState state, String cell) {
        return switch (cell) {
            case "ok" -> action + " is allowed when " + state;
            case "same" -> action + " resent when " + state + " is ignored";
            default -> action + " is refused when " + state;
        };
    }

    private static void verify(CommitmentAction action, CommitmentState state, String cell) {
        AggregateTestFixture<Commitment> fixture = Histories.fixture();
        Attempt attempt = attempt(action, state);
        ResultValidator<Commitment> result = fixture.givenCurrentTime(NOW).andGiven(history(state))
                .when(attempt.command());
        Function<ResultValidator<Commitment>, ResultValidator<Commitment>> expectation = switch (cell) {
            case "ok" -> r -> r.expectSuccessfulHandlerExecution().expectEvents(attempt.event());
            case "same" -> r -> r.expectSuccessfulHandlerExecution().expectNoEvents();
            default -> r -> r.expectNoEvents().expectException(ruleViolation(REFUSAL_CODES.get(action),
                    CommitmentRules.forbiddenMessage(action, ID, state)));
        };
        expectation.apply(result);
    }
}
