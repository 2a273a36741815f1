package io.commitments.deadline;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.commitment.WithdrawCommitmentCommand;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.support.IntegrationTestAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Withdrawing one commitment cancels its overdue deadline, found by its commitment in {@code deadline_scope},
 * and leaves every other commitment's deadline scheduled.
 */
interface DeadlineCancellationContract extends IntegrationTestAccess {

    @Test
    default void withdrawingACommitmentCancelsItsOwnDeadlineOnly() {
        CommandGateway commands = context().getBean(CommandGateway.class);
        PartnershipId partnership = PartnershipId.random();
        Actor admin = new Actor(PersonId.random(), null);
        Actor requester = new Actor(PersonId.random(), OrganisationId.random());
        Actor performer = new Actor(PersonId.random(), OrganisationId.random());
        commands.sendAndWait(new RegisterPartnershipCommand(partnership, "Deadline PCN", DecisionRule.CONSENT, 1));
        commands.sendAndWait(new JoinPartnershipCommand(partnership, requester.organisation(), admin));
        commands.sendAndWait(new JoinPartnershipCommand(partnership, performer.organisation(), admin));
        CommitmentId withdrawn = promise(commands, partnership, requester, performer);
        CommitmentId kept = promise(commands, partnership, requester, performer);
        String withdrawnDeadline = deadlineOf(withdrawn);
        String keptDeadline = deadlineOf(kept);
        assertThat(scheduled(withdrawnDeadline)).isTrue();
        assertThat(scheduled(keptDeadline)).isTrue();

        commands.sendAndWait(new WithdrawCommitmentCommand(withdrawn, "The pharmacist left", performer));

        assertThat(scheduled(withdrawnDeadline)).as("the withdrawn commitment's deadline").isFalse();
        assertThat(indexedDeadlines(withdrawn)).isEmpty();
        assertThat(scheduled(keptDeadline)).as("the other commitment's deadline").isTrue();
        assertThat(indexedDeadlines(kept)).containsExactly(keptDeadline);
    }

    private static CommitmentId promise(CommandGateway commands, PartnershipId partnership, Actor requester,
                                        Actor performer) {
        CommitmentId commitment = CommitmentId.random();
        commands.sendAndWait(new RequestCommitmentCommand(commitment, partnership,
                Requester.byMember(requester.organisation()), performer.organisation(), "Publish the winter plan",
                LocalDate.now().plusMonths(1), null, null, requester));
        commands.sendAndWait(new PromiseCommitmentCommand(commitment, performer));
        return commitment;
    }

    private String deadlineOf(CommitmentId commitment) {
        List<String> deadlines = indexedDeadlines(commitment);
        assertThat(deadlines).as("deadlines indexed for " + commitment).hasSize(1);
        return deadlines.get(0);
    }

    private List<String> indexedDeadlines(CommitmentId commitment) {
        return jdbc().sql("SELECT schedule_id FROM deadline_scope WHERE scope LIKE ?")
                .param("%[" + commitment + "]%")
                .query(String.class).list();
    }

    private boolean scheduled(String scheduleId) {
        return jdbc().sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?")
                .param(scheduleId)
                .query(Long.class).single() == 1;
    }
}
