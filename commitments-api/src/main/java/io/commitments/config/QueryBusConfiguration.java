package io.commitments.config;

import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Queries are answered without a transaction of their own. Axon's auto-configuration gives the query bus the
 * transaction manager of commands and processors, so every query through the gateway began a transaction and
 * committed it: a COMMIT round trip to the database for statements that, at READ COMMITTED, each see the latest
 * committed rows anyway, and an HTTP read asks two such queries (who may read, then the view). Without it each
 * statement commits on its own, or joins the caller's transaction when there is one. Built as Axon's default
 * otherwise; under the {@code axonserver} profile Axon Server's query bus is left as Axon builds it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class QueryBusConfiguration {

    @Bean
    SimpleQueryBus queryBus(org.axonframework.config.Configuration axon) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }
}
