package io.commitments.config;

import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The event store as Axon's auto-configuration builds it, as a {@link CommitSignallingEventStore} so that
 * read-your-writes does not wait out the reader's fetch delay after every command. Ordered after Axon's JDBC
 * storage engine and before the auto-configuration that would otherwise build the plain one.
 */
@AutoConfiguration(after = JdbcAutoConfiguration.class, before = AxonAutoConfiguration.class)
public class EventStoreConfiguration {

    @Bean
    CommitSignallingEventStore eventStore(EventStorageEngine storageEngine,
                                          org.axonframework.config.Configuration configuration) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class));
        return new CommitSignallingEventStore(builder);
    }
}
