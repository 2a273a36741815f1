package io.commitments.web;

import io.commitments.config.ExpectedVersionTargetResolver;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Sends commands for controllers: with an {@code If-Match} version when the client gave one, so a command
 * on a resource that moved since the client read it fails with 412 and stores nothing.
 */
@Component
class CommandSender {

    private final CommandGateway commands;

    CommandSender(CommandGateway commands) {
        this.commands = commands;
    }

    <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    <R> R send(Object command, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return send(command);
        }
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(ExpectedVersionTargetResolver.EXPECTED_VERSION, ETags.version(ifMatch))));
    }
}
