package io.commitments.history;

import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.ScheduleMeetingCommand;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.FindPartnershipsQuery;
import io.commitments.core.api.partnership.PartnershipSummary;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.Role;
import io.commitments.security.PersonRegistration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Demo mode ({@code COMMITMENTS_DEMO=true}): on a first start with no partnership yet, loads a year of a
 * primary care network's history and creates logins for its coordinator, one member of each organisation
 * and an auditor, printed once in the log. It runs before deadlines start, so what is overdue is recorded
 * by the system itself as soon as the application is ready.
 */
@Component
@ConditionalOnBooleanProperty("commitments.demo.enabled")
class DemoLoader implements ApplicationRunner {

    static final String PASSWORD = "demo-password-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final HistoryGenerator generator;
    private final PersonRegistration people;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;

    DemoLoader(HistoryGenerator generator, PersonRegistration people, QueryGateway queries, CommandGateway commands,
               Clock clock) {
        this.generator = generator;
        this.people = people;
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!queries.query(new FindPartnershipsQuery(), ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                .join().isEmpty()) {
            log.info("Demo mode: partnerships exist already, nothing loaded");
            return;
        }
        GeneratedPartnership network = generator.generate(HistorySpec.demo(LocalDate.now(clock))).partnerships().get(0);
        List<String> logins = new ArrayList<>();
        people.register(network.coordinator(), "coordinator", "Priya Shah (network manager)", PASSWORD, null,
                Set.of(Role.COORDINATOR));
        logins.add("coordinator (COORDINATOR of " + network.name() + ")");
        for (Map.Entry<OrganisationId, PersonId> member : network.members().entrySet()) {
            String organisation = network.organisations().get(member.getKey());
            String username = organisation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            people.register(member.getValue(), username, "Lead for " + organisation, PASSWORD, member.getKey(),
                    Set.of(Role.MEMBER));
            logins.add(username + " (MEMBER for " + organisation + ")");
        }
        people.register(PersonId.random(), "auditor", "Independent auditor", PASSWORD, null, Set.of(Role.AUDITOR));
        scheduleNextBoardMeeting(network);
        logins.add("auditor (AUDITOR)");
        log.warn("Demo mode loaded a year of {}. Sign in with password '{}' as: {}", network.name(), PASSWORD,
                String.join(", ", logins));
    }

    /**
     * The next board meeting, on the coming Tuesday, so the meeting page can be tried live from the first run;
     * under the rule and quorum the generator registered the network with (the views may not show it yet).
     */
    private void scheduleNextBoardMeeting(GeneratedPartnership network) {
        LocalDate day = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        commands.sendAndWait(new ScheduleMeetingCommand(MeetingId.random(), network.id(), "Board meeting " + day,
                day.atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC),
                List.of("Apologies", "Follow-through review", "Proposals", "Any other business"),
                DecisionRule.CONSENT, network.organisations().size() / 2 + 1, new Actor(network.coordinator(), null)));
    }
}
