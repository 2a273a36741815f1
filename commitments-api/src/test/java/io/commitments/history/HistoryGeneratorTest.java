package io.commitments.history;

import io.commitments.core.api.commitment.AcceptCounterOfferCommand;
import io.commitments.core.api.commitment.AcceptHandOverCommand;
import io.commitments.core.api.commitment.AcceptRenegotiationCommand;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.DeclareSatisfiedCommand;
import io.commitments.core.api.commitment.DeclineCommitmentCommand;
import io.commitments.core.api.commitment.ReleaseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.WithdrawCommitmentCommand;
import io.commitments.core.api.contest.ContestDecisionCommand;
import io.commitments.core.api.decision.RecordDecisionActionCommand;
import io.commitments.core.api.decision.RescindDecisionCommand;
import io.commitments.core.api.meeting.CloseProposalCommand;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.ProposalOutcome;
import io.commitments.core.api.meeting.RecordPositionCommand;
import io.commitments.core.api.purpose.ProposePurposeCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator's command stream: the same seed gives the same history, and every outcome occurs. */
class HistoryGeneratorTest {

    private record Sent(Instant at, Object command) {
    }

    private static List<Sent> generate(long seed) {
        List<Sent> sent = new ArrayList<>();
        generator(sent).generate(new HistorySpec(seed, 2, 6, 12, 10, LocalDate.of(2025, 1, 1)));
        return sent;
    }

    /** The commands of a parallel generation, in a fixed order (threads interleave them differently each run). */
    private static List<String> generateInParallel(long seed, int threads) {
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        generator(sent).generate(new HistorySpec(seed, 5, 6, 6, 8, LocalDate.of(2025, 1, 1)), threads);
        return sent.stream().map(step -> step.at() + " " + step.command()).sorted().toList();
    }

    private static HistoryGenerator generator(List<Sent> sent) {
        CommandGateway recording = (CommandGateway) Proxy.newProxyInstance(CommandGateway.class.getClassLoader(),
                new Class<?>[]{CommandGateway.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("sendAndWait")) {
                        throw new IllegalStateException("the generator only sends and waits, not " + method.getName());
                    }
                    sent.add(new Sent(GenericEventMessage.clock.instant(), args[0]));
                    if (args[0] instanceof CloseProposalCommand) {
                        return ProposalOutcome.ADOPTED;
                    }
                    return args[0] instanceof ProposePurposeCommand ? 1 : null;
                });
        return new HistoryGenerator(recording, new TransactionTemplate(new NoTransactions()),
                new StaticListableBeanFactory().getBeanProvider(StoreReadersPause.class));
    }

    @Test
    void parallelGenerationGivesTheSameHistoryOnAnyNumberOfThreadsWithEachStepAtItsOwnTime() {
        Clock before = GenericEventMessage.clock;

        List<String> alone = generateInParallel(11, 1);

        assertThat(generateInParallel(11, 3)).isEqualTo(alone);
        assertThat(generateInParallel(12, 3)).isNotEqualTo(alone);
        assertThat(alone).hasSizeGreaterThan(1000)
                .allMatch(step -> step.startsWith("2025-"), "every event time is a step's simulated time in 2025");
        assertThat(GenericEventMessage.clock).isSameAs(before);
    }

    @Test
    void someCommitmentsAreLeftOpenPastTheirDueDateForTheDeadlinesToMarkOverdue() {
        List<Object> commands = generate(2026).stream().map(Sent::command).toList();
        Set<CommitmentId> settled = new HashSet<>();
        commands.forEach(command -> {
            if (command instanceof DeclareSatisfiedCommand c) {
                settled.add(c.commitmentId());
            } else if (command instanceof WithdrawCommitmentCommand c) {
                settled.add(c.commitmentId());
            } else if (command instanceof ReleaseCommitmentCommand c) {
                settled.add(c.commitmentId());
            } else if (command instanceof DeclineCommitmentCommand c) {
                settled.add(c.commitmentId());
            } else if (command instanceof ReportCompletionCommand c) {
                settled.add(c.commitmentId());
            }
        });

        assertThat(commands).filteredOn(RequestCommitmentCommand.class::isInstance)
                .map(RequestCommitmentCommand.class::cast)
                .filteredOn(request -> !settled.contains(request.commitmentId()))
                .filteredOn(request -> request.dueDate().isBefore(LocalDate.of(2025, 12, 1)))
                .as("open commitments whose due date passes within the history")
                .hasSizeGreaterThan(5);
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(generate(42)).isEqualTo(generate(42));
        assertThat(generate(42)).isNotEqualTo(generate(43));
    }

    @Test
    void stepsRunInTheOrderOfTheirTimesAndTheEventClockIsRestored() {
        Clock before = GenericEventMessage.clock;

        List<Sent> sent = generate(7);

        assertThat(sent).extracting(Sent::at).isSorted();
        assertThat(sent.get(0).at()).isEqualTo(Instant.parse("2025-01-01T09:00:00Z"));
        assertThat(sent.get(sent.size() - 1).at()).isBefore(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(GenericEventMessage.clock).isSameAs(before);
    }

    @Test
    void everyKindOfOutcomeOccurs() {
        List<Object> commands = generate(2026).stream().map(Sent::command).toList();

        assertThat(commands).hasAtLeastOneElementOfType(DeclareSatisfiedCommand.class)
                .hasAtLeastOneElementOfType(WithdrawCommitmentCommand.class)
                .hasAtLeastOneElementOfType(ReleaseCommitmentCommand.class)
                .hasAtLeastOneElementOfType(DeclineCommitmentCommand.class)
                .hasAtLeastOneElementOfType(AcceptCounterOfferCommand.class)
                .hasAtLeastOneElementOfType(AcceptRenegotiationCommand.class)
                .hasAtLeastOneElementOfType(AcceptHandOverCommand.class)
                .hasAtLeastOneElementOfType(RecordDecisionActionCommand.class)
                .hasAtLeastOneElementOfType(RescindDecisionCommand.class)
                .hasAtLeastOneElementOfType(ContestDecisionCommand.class)
                .hasAtLeastOneElementOfType(RequestCommitmentCommand.class);
        assertThat(commands).filteredOn(RecordPositionCommand.class::isInstance)
                .map(command -> ((RecordPositionCommand) command).position())
                .contains(Position.AGREE, Position.DISAGREE, Position.ABSTAIN);
    }

    /** The generator's transactions, for a run whose commands go nowhere. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
