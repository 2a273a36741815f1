package io.commitments.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for every event processor (projection); a processor listed under
 * {@code axon.eventhandling.processors.<group>} overrides them.
 *
 * @param segments  segments a processor's stream is split into: the most threads that can work on it
 * @param batchSize events handled in one transaction (and one token update); replays want it large
 * @param pollInterval how soon a processor finds events stored by another node (events of this node wake
 *                     it at once), and tries to claim segments nobody works on
 */
@ConfigurationProperties("commitments.processing")
public record ProcessingSettings(@DefaultValue("2") int segments,
                                 @DefaultValue("200") int batchSize,
                                 @DefaultValue("1s") java.time.Duration pollInterval) {
}
