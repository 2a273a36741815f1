package io.commitments.config;

import io.axoniq.axonserver.connector.AxonServerException;
import io.commitments.CommitmentsApplication;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code axonserver} profile makes Axon Server the command and query bus and leaves the events in the
 * application's own event store. No Axon Server runs here (none can be installed on this machine): the node
 * is pointed at a port nobody listens on. Its wiring is read once the context is up, and its first command
 * (creating the administrator) must then fail in Axon Server's connector, not be handled in the node.
 */
class AxonServerProfileTest {

    @Test
    void axonServerCarriesCommandsAndQueriesWhileEventsStayInTheDatabase() {
        Map<Class<?>, Class<?>> wiring = new ConcurrentHashMap<>();
        ApplicationListener<ApplicationStartedEvent> readWiring = event -> {
            ApplicationContext context = event.getApplicationContext();
            for (Class<?> component : List.of(CommandBus.class, QueryBus.class, EventStore.class, EventStorageEngine.class)) {
                wiring.put(component, context.getBean(component).getClass());
            }
        };
        SpringApplicationBuilder node = new SpringApplicationBuilder(CommitmentsApplication.class)
                .profiles("axonserver")
                .listeners(readWiring);

        assertThatThrownBy(() -> node.run("--server.port=0",
                "--axon.axonserver.servers=127.0.0.1:1",
                "--spring.datasource.url=jdbc:h2:mem:axonserver-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--commitments.admin.password=axon-server-profile-test"))
                .as("the administrator's registration is dispatched to Axon Server")
                .satisfies(failure -> assertThat(causes(failure)).hasAtLeastOneElementOfType(AxonServerException.class));

        assertThat(wiring).as("read once the context started, before the first command").hasSize(4);
        assertThat(wiring.get(CommandBus.class)).isAssignableTo(AxonServerCommandBus.class);
        assertThat(wiring.get(QueryBus.class)).isAssignableTo(AxonServerQueryBus.class);
        assertThat(AxonServerEventStore.class.isAssignableFrom(wiring.get(EventStore.class))).as("events in Axon Server").isFalse();
        assertThat(wiring.get(EventStorageEngine.class)).isAssignableTo(JdbcEventStorageEngine.class);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
