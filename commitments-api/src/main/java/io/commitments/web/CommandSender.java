package io.commitments.web;

import io.commitments.config.ExpectedVersionTargetResolver;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends commands for controllers: with an {@code If-Match} version when the client gave one, so a command
 * on a resource that moved since the client read it fails with 412 and stores nothing.
 * <p>
 * A command that loses a race for its aggregate (another node or thread stored the aggregate's next event
 * first, so the store's unique key refused this one) decided on stale state. It runs in a savepoint of the
 * request's transaction, so that only it is rolled back, and is run again on the state the winner left, up to
 * {@code commitments.http.concurrent-change-attempts} times in all; after that the client gets 409
 * {@code request.concurrent-change}. A command with {@code If-Match} is run again too: it then fails with 412
 * if the winner moved the version it named.
 */
@Component
class CommandSender {

    private static final Logger log = LoggerFactory.getLogger(CommandSender.class);

    private final CommandGateway commands;
    private final TransactionTemplate savepoint;
    private final int attempts;

    CommandSender(CommandGateway commands, PlatformTransactionManager transactions, HttpSettings settings) {
        this.commands = commands;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.attempts = Math.max(1, settings.concurrentChangeAttempts());
    }

    <R> R send(Object command) {
        return retryingLostRaces(() -> commands.sendAndWait(command));
    }

    <R> R send(Object command, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return send(command);
        }
        return retryingLostRaces(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(ExpectedVersionTargetResolver.EXPECTED_VERSION, ETags.version(ifMatch)))));
    }

    private <R> R retryingLostRaces(Supplier<R> dispatch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return savepoint.execute(status -> dispatch.get());
            } catch (ConcurrencyException lost) {
                if (attempt >= attempts) {
                    throw lost;
                }
                log.debug("A command lost the race for its aggregate (attempt {} of {}); running it again", attempt,
                        attempts, lost);
            }
        }
    }
}
