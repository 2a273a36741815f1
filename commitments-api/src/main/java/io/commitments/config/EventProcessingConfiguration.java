package io.commitments.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection runs in a pooled streaming processor sized for a small machine: a few segments and a
 * batch far above Axon's default of one event per transaction (STACK.md trap 10).
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessingConfiguration {

    @Bean
    ConfigurerModule pooledStreamingProcessors(ProcessingSettings settings) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((axonConfiguration, builder) -> tune(builder, settings)));
    }

    private static PooledStreamingEventProcessor.Builder tune(PooledStreamingEventProcessor.Builder builder,
                                                              ProcessingSettings settings) {
        return builder.initialSegmentCount(settings.segments())
                .maxClaimedSegments(settings.segments())
                .batchSize(settings.batchSize());
    }
}
