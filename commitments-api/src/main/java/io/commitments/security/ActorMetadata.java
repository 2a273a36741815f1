package io.commitments.security;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Records who issued every command: the signed-in person, their username and organisation go into the
 * command's metadata and from there into the metadata of every event it causes.
 */
@Configuration(proxyBeanMethods = false)
public class ActorMetadata {

    public static final String PERSON = "actorPersonId";
    public static final String USERNAME = "actorUsername";
    public static final String ORGANISATION = "actorOrganisationId";

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> actorOnCommands() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> command.andMetaData(currentActor());
            }
        };
    }

    @Bean
    CorrelationDataProvider actorOnEvents() {
        return new SimpleCorrelationDataProvider(PERSON, USERNAME, ORGANISATION);
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    private static Map<String, Object> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Map<String, Object> actor = new HashMap<>();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedPerson person) {
            actor.put(PERSON, person.personId().toString());
            actor.put(USERNAME, person.username());
            if (person.organisationId() != null) {
                actor.put(ORGANISATION, person.organisationId().toString());
            }
        }
        return actor;
    }
}
