package io.commitments.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Persistent deadlines (a commitment becoming overdue) kept by db-scheduler in {@code scheduled_tasks}.
 *
 * @param zone            where due dates end: a commitment due on a date is late from the next midnight here
 * @param pollInterval    how often this node looks for due deadlines; a deadline fires at most this late
 * @param heartbeatInterval how often a node running a deadline says it is alive; one silent for several
 *                        heartbeats is presumed dead and its deadline runs elsewhere
 * @param shutdownMaxWait how long a stopping node waits for deadlines it is running
 * @param threads         deadlines run at once on this node
 * @param execute         whether this node runs due deadlines; a node that does not still schedules them
 */
@ConfigurationProperties("commitments.deadlines")
public record DeadlineSettings(@DefaultValue("UTC") ZoneId zone,
                               @DefaultValue("10s") Duration pollInterval,
                               @DefaultValue("1m") Duration heartbeatInterval,
                               @DefaultValue("20s") Duration shutdownMaxWait,
                               @DefaultValue("2") int threads,
                               @DefaultValue("true") boolean execute) {
}
