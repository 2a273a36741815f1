package io.commitments.deadline;

import io.commitments.CommitmentsApplication;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentOverdueEvent;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.support.AbstractPostgresIntegrationTest;
import io.commitments.support.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A commitment's overdue deadline is kept in the database: scheduled by one run of the application, it fires
 * in the next run after a restart (the first context closed, a new one started on the same database), once.
 * <p>
 * The shared test context of this class only migrates the schema; it schedules nothing and runs no deadlines
 * ({@code commitments.deadlines.execute=false}), so the only node that can fire the deadline is the restarted
 * one. The due date is made to end shortly after the first run closes by configuring a time zone whose
 * midnight is that moment, so the test waits for real time without a fake clock.
 */
@TestPropertySource(properties = "commitments.deadlines.execute=false")
class DeadlineRestartOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest {

    /** Time for the first run to start, schedule and close before the due date ends. */
    private static final Duration FIRST_RUN = Duration.ofSeconds(25);

    @Test
    void overdueDeadlineScheduledBeforeARestartFiresOnceAfterIt() {
        Instant endOfDueDate = Instant.now().plus(FIRST_RUN).truncatedTo(ChronoUnit.SECONDS);
        ZoneOffset zone = zoneWhoseMidnightIs(endOfDueDate);
        LocalDate dueDate = LocalDate.ofInstant(endOfDueDate.minusSeconds(1), zone);
        CommitmentId commitment = CommitmentId.random();
        OrganisationId performer = OrganisationId.random();
        Actor requester = new Actor(PersonId.random(), OrganisationId.random());

        try (ConfigurableApplicationContext firstRun = startNode(zone)) {
            CommandGateway commands = firstRun.getBean(CommandGateway.class);
            PartnershipId partnership = PartnershipId.random();
            Actor admin = new Actor(PersonId.random(), null);
            commands.sendAndWait(new RegisterPartnershipCommand(partnership, "Restart PCN", DecisionRule.CONSENT, 1));
            commands.sendAndWait(new JoinPartnershipCommand(partnership, requester.organisation(), admin));
            commands.sendAndWait(new JoinPartnershipCommand(partnership, performer, admin));
            commands.sendAndWait(new RequestCommitmentCommand(commitment, partnership,
                    Requester.byMember(requester.organisation()), performer, "Publish the winter plan", dueDate,
                    null, null, requester));
            commands.sendAndWait(new PromiseCommitmentCommand(commitment, new Actor(PersonId.random(), performer)));

            assertThat(scheduledDeadlines(endOfDueDate)).as("deadline stored at the end of the due date")
                    .isEqualTo(1);
        }
        assertThat(Instant.now()).as("the first run closed before the due date ended").isBefore(endOfDueDate);
        assertThat(overdueEvents(commitment)).isZero();

        try (ConfigurableApplicationContext ignored = startNode(zone)) {
            await().atMost(FIRST_RUN.plusSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> overdueEvents(commitment) == 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> scheduledDeadlines(endOfDueDate) == 0);
            assertThat(overdueEvents(commitment)).as("recorded once").isEqualTo(1);
        }
    }

    /** The fixed offset (within ±18 h) at which the given instant is midnight. */
    private static ZoneOffset zoneWhoseMidnightIs(Instant midnight) {
        int secondsPastUtcMidnight = LocalTime.ofInstant(midnight, ZoneOffset.UTC).toSecondOfDay();
        int offset = -secondsPastUtcMidnight;
        if (offset < -18 * 3600) {
            offset += 24 * 3600;
        }
        return ZoneOffset.ofTotalSeconds(offset);
    }

    private ConfigurableApplicationContext startNode(ZoneOffset zone) {
        return new SpringApplicationBuilder(CommitmentsApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton(
                        TestTypesAreNotScanned.class.getName(), new TestTypesAreNotScanned()))
                .run("--server.port=0",
                        "--spring.datasource.url=" + context.getEnvironment().getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + TestPostgres.USER,
                        "--spring.datasource.password=" + TestPostgres.PASSWORD,
                        "--spring.flyway.default-schema=" + context.getEnvironment().getProperty("spring.flyway.default-schema"),
                        "--commitments.deadlines.zone=" + zone.getId(),
                        "--commitments.deadlines.poll-interval=PT0.5S",
                        "--commitments.deadlines.execute=true");
    }

    private long overdueEvents(CommitmentId commitment) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")
                .params(commitment.toString(), CommitmentOverdueEvent.class.getName())
                .query(Long.class).single();
    }

    private long scheduledDeadlines(Instant at) {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time = ?")
                .params(java.sql.Timestamp.from(at))
                .query(Long.class).single();
    }

    /**
     * What Spring Boot's test support does for its own contexts: the nodes started here must not pick up the
     * test sources' configurations (such as the one that cleans the schema) by component scanning.
     */
    static final class TestTypesAreNotScanned extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasMetaAnnotation(TestComponent.class.getName())
                    || reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestTypesAreNotScanned;
        }

        @Override
        public int hashCode() {
            return TestTypesAreNotScanned.class.hashCode();
        }
    }
}
