package io.commitments.config;

import jakarta.annotation.Nonnull;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

/**
 * Axon's {@link DbSchedulerDeadlineManager} with an index of which deadlines each scope (aggregate) holds.
 * <p>
 * db-scheduler stores a deadline's scope only inside its serialised task data, so Axon answers
 * {@code cancelAllWithinScope} by reading and deserialising every scheduled deadline of every commitment:
 * keeping or withdrawing one commitment cost time in proportion to all open commitments. This manager
 * records each deadline's id under its scope in {@code deadline_scope} (in the command's transaction) and
 * cancels a scope's deadlines by id. A row outlives a deadline that fired until its scope cancels again;
 * cancelling a deadline that already fired changes nothing.
 */
public final class ScopeIndexedDeadlineManager implements DeadlineManager, Lifecycle {

    private final DbSchedulerDeadlineManager scheduled;
    private final JdbcTemplate jdbc;

    public ScopeIndexedDeadlineManager(DbSchedulerDeadlineManager scheduled, JdbcTemplate jdbc) {
        this.scheduled = scheduled;
        this.jdbc = jdbc;
    }

    /** The manager that runs due deadlines: db-scheduler's task hands each one to it. */
    public DbSchedulerDeadlineManager scheduled() {
        return scheduled;
    }

    @Override
    public @Nonnull String schedule(@Nonnull Instant triggerDateTime, @Nonnull String deadlineName,
                                    Object messageOrPayload, @Nonnull ScopeDescriptor deadlineScope) {
        String scheduleId = scheduled.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        jdbc.update("INSERT INTO deadline_scope (schedule_id, deadline_name, scope) VALUES (?, ?, ?)",
                scheduleId, deadlineName, deadlineScope.scopeDescription());
        return scheduleId;
    }

    @Override
    public void cancelSchedule(@Nonnull String deadlineName, @Nonnull String scheduleId) {
        scheduled.cancelSchedule(deadlineName, scheduleId);
        jdbc.update("DELETE FROM deadline_scope WHERE schedule_id = ?", scheduleId);
    }

    @Override
    public void cancelAll(@Nonnull String deadlineName) {
        scheduled.cancelAll(deadlineName);
        jdbc.update("DELETE FROM deadline_scope WHERE deadline_name = ?", deadlineName);
    }

    @Override
    public void cancelAllWithinScope(@Nonnull String deadlineName, @Nonnull ScopeDescriptor scope) {
        String description = scope.scopeDescription();
        List<String> scheduleIds = jdbc.queryForList(
                "SELECT schedule_id FROM deadline_scope WHERE scope = ? AND deadline_name = ?",
                String.class, description, deadlineName);
        for (String scheduleId : scheduleIds) {
            scheduled.cancelSchedule(deadlineName, scheduleId);
        }
        jdbc.update("DELETE FROM deadline_scope WHERE scope = ? AND deadline_name = ?", description, deadlineName);
    }

    @Override
    public @Nonnull Registration registerDispatchInterceptor(
            @Nonnull MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return scheduled.registerDispatchInterceptor(dispatchInterceptor);
    }

    @Override
    public @Nonnull Registration registerHandlerInterceptor(
            @Nonnull MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return scheduled.registerHandlerInterceptor(handlerInterceptor);
    }

    @Override
    public void registerLifecycleHandlers(@Nonnull LifecycleRegistry lifecycle) {
        scheduled.registerLifecycleHandlers(lifecycle);
    }
}
