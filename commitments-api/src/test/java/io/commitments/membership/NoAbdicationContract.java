package io.commitments.membership;

import io.commitments.core.api.RuleViolationException;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.OpenCommitmentsException;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import io.commitments.core.api.partnership.WithdrawFromPartnershipCommand;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.support.IntegrationTestAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No abdication, across aggregates and under concurrency: an organisation cannot withdraw from a
 * partnership while it performs open commitments there, even when a commitment is made of it at the very
 * moment it asks to withdraw. Each round races the two commands; exactly one may win.
 */
interface NoAbdicationContract extends IntegrationTestAccess {

    int ROUNDS = 25;

    @Test
    default void withdrawalAndANewCommitmentNeverBothSucceed() throws Exception {
        CommandGateway commands = context().getBean(CommandGateway.class);
        ExecutorService racers = Executors.newFixedThreadPool(2);
        int withdrawalsWon = 0;
        int commitmentsWon = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                PartnershipId partnership = PartnershipId.random();
                OrganisationId requester = OrganisationId.random();
                OrganisationId performer = OrganisationId.random();
                Actor admin = new Actor(PersonId.random(), null);
                commands.sendAndWait(new RegisterPartnershipCommand(partnership, "Race " + round, DecisionRule.CONSENT, 1));
                commands.sendAndWait(new JoinPartnershipCommand(partnership, requester, admin));
                commands.sendAndWait(new JoinPartnershipCommand(partnership, performer, admin));
                CommitmentId commitment = CommitmentId.random();
                CyclicBarrier start = new CyclicBarrier(2);

                CompletableFuture<Boolean> requested = CompletableFuture.supplyAsync(() -> succeeds(start, () ->
                        commands.sendAndWait(new RequestCommitmentCommand(commitment, partnership,
                                Requester.byMember(requester), performer, "Share the rota",
                                LocalDate.now().plusDays(30), null, null, new Actor(PersonId.random(), requester)))),
                        racers);
                CompletableFuture<Boolean> withdrew = CompletableFuture.supplyAsync(() -> succeeds(start, () ->
                        commands.sendAndWait(new WithdrawFromPartnershipCommand(partnership, performer,
                                "merging with another practice", admin))), racers);

                boolean requestWon = requested.get(30, TimeUnit.SECONDS);
                boolean withdrawalWon = withdrew.get(30, TimeUnit.SECONDS);
                assertThat(requestWon ^ withdrawalWon)
                        .as("round %d: exactly one of request (%s) and withdrawal (%s) succeeds", round, requestWon,
                                withdrawalWon)
                        .isTrue();
                withdrawalsWon += withdrawalWon ? 1 : 0;
                commitmentsWon += requestWon ? 1 : 0;
                if (requestWon) {
                    commands.sendAndWait(new PromiseCommitmentCommand(commitment, new Actor(PersonId.random(), performer)));
                    assertThat(refusalOf(() -> commands.sendAndWait(new WithdrawFromPartnershipCommand(partnership,
                            performer, "trying again after the promise", admin))))
                            .isInstanceOfSatisfying(OpenCommitmentsException.class, refused ->
                                    assertThat(refused.openCommitments()).isEqualTo(List.of(commitment)));
                }
            }
        } finally {
            racers.shutdownNow();
        }
        assertThat(withdrawalsWon + commitmentsWon).isEqualTo(ROUNDS);
    }

    private static boolean succeeds(CyclicBarrier start, Runnable command) {
        try {
            start.await(10, TimeUnit.SECONDS);
            command.run();
            return true;
        } catch (RuleViolationException refused) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException("the race itself failed", e);
        }
    }

    private static Throwable refusalOf(Runnable command) {
        try {
            command.run();
            return null;
        } catch (RuntimeException refused) {
            return refused;
        }
    }
}
