package io.commitments.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;
import io.commitments.core.commitment.DueDates;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.util.List;

/**
 * Deadlines that survive restarts and fire once across nodes: Axon's {@code DbSchedulerDeadlineManager} over
 * db-scheduler's {@code scheduled_tasks} table (Flyway script {@code V2026_11_22_03__deadlines.sql}).
 * <p>
 * The deadline manager is Axon's, wrapped in a {@link ScopeIndexedDeadlineManager} so that cancelling a
 * commitment's deadline does not read every scheduled deadline; it replaces the one Axon's
 * {@code AxonDbSchedulerAutoConfiguration} would create, together with the {@code deadlineDetailsTask} that
 * hands due deadlines to it. The db-scheduler Spring Boot starter is not used because it does not support
 * Boot 4. The scheduler sees the database through a
 * transaction-aware proxy, so a deadline scheduled or cancelled by a command commits or rolls back with
 * that command's events. Task data is stored as JSON ({@link JacksonSerializer}) rather than Java
 * serialisation: Axon's deadline details class declares no {@code serialVersionUID}, so Java-serialised rows
 * could stop deserialising after an Axon upgrade, while JSON rows keep being readable.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    /** Where due dates end; the Commitment aggregate receives it as a handler parameter. */
    @Bean
    DueDates dueDates(DeadlineSettings settings) {
        return new DueDates(settings.zone());
    }

    /** db-scheduler's task for Axon's deadlines, with the same name and data as Axon's own. */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ObjectProvider<ScopeIndexedDeadlineManager> manager) {
        return DbSchedulerDeadlineManager.binaryTask(() -> manager.getObject().scheduled());
    }

    @Bean
    ScopeIndexedDeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                                Serializer serializer, TransactionManager transactionManager,
                                                DeadlineManagerSpanFactory spanFactory, JdbcTemplate jdbc) {
        DbSchedulerDeadlineManager scheduled = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        return new ScopeIndexedDeadlineManager(scheduled, jdbc);
    }

    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, DeadlineSettings settings) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("scheduled_tasks")
                .serializer(new JacksonSerializer())
                .pollingInterval(settings.pollInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .shutdownMaxWait(settings.shutdownMaxWait())
                .threads(settings.threads())
                .build();
    }

    @Bean
    DeadlineSchedulerLifecycle deadlineSchedulerLifecycle(Scheduler scheduler, DeadlineSettings settings) {
        return new DeadlineSchedulerLifecycle(scheduler, settings.execute());
    }

    /**
     * Starts running due deadlines once the application is ready (every handler subscribed, the web server
     * up), and stops before Axon shuts down, letting running deadlines finish.
     */
    static final class DeadlineSchedulerLifecycle
            implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

        private static final Logger log = LoggerFactory.getLogger(DeadlineSchedulerLifecycle.class);

        private final Scheduler scheduler;
        private final boolean execute;
        private volatile boolean running;

        DeadlineSchedulerLifecycle(Scheduler scheduler, boolean execute) {
            this.scheduler = scheduler;
            this.execute = execute;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            start();
        }

        @Override
        public boolean isAutoStartup() {
            return false;
        }

        @Override
        public synchronized void start() {
            if (running) {
                return;
            }
            if (!execute) {
                log.info("This node schedules deadlines but leaves running them to others"
                        + " (commitments.deadlines.execute=false)");
                return;
            }
            scheduler.start();
            running = true;
        }

        @Override
        public synchronized void stop() {
            if (running) {
                scheduler.stop();
                running = false;
            }
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        /**
         * Stops after the web server stopped taking requests (Boot's phases above this one) and before any of
         * Axon's components (phases up to about 2^30) stop.
         */
        @Override
        public int getPhase() {
            return SmartLifecycle.DEFAULT_PHASE - 2048;
        }
    }
}
