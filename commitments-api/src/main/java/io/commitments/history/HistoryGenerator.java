package io.commitments.history;

import io.commitments.core.api.commitment.AcceptCounterOfferCommand;
import io.commitments.core.api.commitment.AcceptHandOverCommand;
import io.commitments.core.api.commitment.AcceptRenegotiationCommand;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CounterOfferCommand;
import io.commitments.core.api.commitment.DeclareSatisfiedCommand;
import io.commitments.core.api.commitment.DeclineCommitmentCommand;
import io.commitments.core.api.commitment.HandOverCommitmentCommand;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.ProposeRenegotiationCommand;
import io.commitments.core.api.commitment.ReleaseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.ReportProgressCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.commitment.WithdrawCommitmentCommand;
import io.commitments.core.api.contest.ContestDecisionCommand;
import io.commitments.core.api.contest.ContestNoteId;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.RecordDecisionActionCommand;
import io.commitments.core.api.decision.RescindDecisionCommand;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.meeting.CloseMeetingCommand;
import io.commitments.core.api.meeting.CloseProposalCommand;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.OpenMeetingCommand;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.ProposalOutcome;
import io.commitments.core.api.meeting.RecordPositionCommand;
import io.commitments.core.api.meeting.ScheduleMeetingCommand;
import io.commitments.core.api.meeting.TableProposalCommand;
import io.commitments.core.api.organisation.RegisterOrganisationCommand;
import io.commitments.core.api.partnership.AppointCoordinatorCommand;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.purpose.EndorsePurposeCommand;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.core.api.purpose.ProposePurposeCommand;
import io.commitments.core.api.purpose.PurposeOutcome;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Makes partnership histories by sending the real commands through the command gateway, in the order
 * and at the (simulated) times they would happen: organisations join, a shared purpose is endorsed,
 * the board meets monthly with attendance, proposals, positions (dissent included) and decisions whose
 * actions become commitments, and members ask each other for commitments that are kept on time, kept
 * late, withdrawn, released, declined, countered, renegotiated or handed over, or are still open.
 * <p>
 * Event times come from Axon's event clock, which the generator sets to each step's simulated time, so
 * it must run before the application serves requests (demo start) or alone (tests, benchmarks). Overdue
 * is not simulated: the deadline manager records it for open commitments once it runs.
 */
@Component
public class HistoryGenerator {

    private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);

    private static final List<String> ORGANISATIONS = List.of("Riverside Surgery", "Hillside Practice",
            "Northgate Medical Centre", "Valley Community Pharmacy", "District Nursing Team", "Adult Social Care",
            "Mind in the Valley", "Age UK North Valley", "St Luke's Hospice", "Valley Mental Health Trust",
            "Carers' Centre", "Ambulance Service Locality");
    private static final List<String> TASKS = List.of("Share the winter pressures rota",
            "Run a joint flu vaccination clinic", "Publish the frailty referral pathway",
            "Set up the shared care record pilot", "Host the social prescribing link worker",
            "Audit delayed discharges for the quarter", "Train reception teams in care navigation",
            "Agree a falls prevention protocol", "Report A&E attendances by practice",
            "Fund two extra physiotherapy sessions a week", "Map community transport options",
            "Review the end of life register", "Draft the carers' support leaflet",
            "Run the diabetes education evening", "Pilot weekend pharmacy cover");
    private static final List<String> PROPOSALS = List.of("Adopt a shared winter plan",
            "Pool funding for a frailty nurse", "Move to a single referral form",
            "Open an extended-hours hub on Saturdays", "Commission a joint carers' survey",
            "Share one duty rota for home visits", "Join the integrated care record");
    private static final List<String> DISSENT = List.of("our staff cannot cover the extra sessions",
            "the costs fall unevenly on the smaller practices", "we have not consulted our patient group yet",
            "the evidence for this model is weak");

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final StoreReadersPause readersPause;

    HistoryGenerator(CommandGateway commands, TransactionTemplate transaction,
                     ObjectProvider<StoreReadersPause> readersPause) {
        this.commands = commands;
        this.transaction = transaction;
        this.readersPause = readersPause.getIfAvailable();
    }

    /** What a generation made: the partnerships, and how many steps ran and how many the rules refused. */
    public record GeneratedHistory(List<GeneratedPartnership> partnerships, int steps, int refused) {
    }

    /**
     * Generates the history the spec describes and answers what it made. Events are stored at the times of their
     * steps, in the past, so this node's processors pause meanwhile ({@link StoreReadersPause}).
     */
    public GeneratedHistory generate(HistorySpec spec) {
        Run run = new Run(spec, spec.seed());
        List<GeneratedPartnership> made = new ArrayList<>();
        for (int p = 0; p < spec.partnerships(); p++) {
            made.add(run.partnership(p));
        }
        int steps = withReadersPaused(() -> StepClock.during(run.timeline::run));
        log.info("Generated {} partnership(s) over {} months: {} steps, {} refused", spec.partnerships(),
                spec.months(), steps, run.timeline.refused);
        return new GeneratedHistory(List.copyOf(made), steps, run.timeline.refused);
    }

    /**
     * Generates the spec's partnerships on {@code threads} threads at once, for histories of millions of events.
     * Partnerships are independent here: each has a random source of its own (from the seed and its index) and
     * a timeline of its own, and each thread's events take their times from that thread's current step. The
     * history is therefore the same for any number of threads (though not the same as {@link #generate(HistorySpec)},
     * whose partnerships share one random source), and only the interleaving of partnerships in the store differs.
     * As in {@link #generate(HistorySpec)}, this node's processors pause meanwhile: threads commit out of order.
     */
    public GeneratedHistory generate(HistorySpec spec, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed, not " + threads);
        }
        GeneratedPartnership[] made = new GeneratedPartnership[spec.partnerships()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger steps = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "history-generator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            withReadersPaused(() -> StepClock.during(() -> {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        for (int p = next.getAndIncrement(); p < spec.partnerships(); p = next.getAndIncrement()) {
                            Run run = new Run(spec, spec.seed() * 1_000_003L + p);
                            made[p] = run.partnership(p);
                            steps.addAndGet(run.timeline.run());
                            refused.addAndGet(run.timeline.refused);
                        }
                    }));
                }
                for (Future<?> worker : workers) {
                    try {
                        worker.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("history generation was interrupted", e);
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("history generation failed", e.getCause());
                    }
                }
                return steps.get();
            }));
        } finally {
            pool.shutdownNow();
        }
        log.info("Generated {} partnership(s) over {} months on {} threads: {} steps, {} refused",
                spec.partnerships(), spec.months(), threads, steps.get(), refused.get());
        return new GeneratedHistory(List.of(made), steps.get(), refused.get());
    }

    /** One generation: its random source, its timeline and its end. */
    private final class Run {
        private final HistorySpec spec;
        private final Random random;
        private final Timeline timeline = new Timeline();
        private final Instant end;

        Run(HistorySpec spec, long seed) {
            this.spec = spec;
            this.random = new Random(seed);
            this.end = at(spec.start().plusMonths(spec.months()), LocalTime.MIDNIGHT);
        }

        GeneratedPartnership partnership(int index) {
            PartnershipId partnership = new PartnershipId(uuid());
            String name = index == 0 ? "North Valley Primary Care Network" : "Primary Care Network " + (index + 1);
            Actor admin = new Actor(new PersonId(uuid()), null);
            PersonId coordinator = new PersonId(uuid());
            Map<OrganisationId, String> organisations = new LinkedHashMap<>();
            Map<OrganisationId, PersonId> members = new LinkedHashMap<>();
            for (int o = 0; o < spec.organisations(); o++) {
                OrganisationId organisation = new OrganisationId(uuid());
                organisations.put(organisation, index == 0 ? ORGANISATIONS.get(o) : ORGANISATIONS.get(o) + " " + (index + 1));
                members.put(organisation, new PersonId(uuid()));
            }
            List<OrganisationId> orgs = List.copyOf(organisations.keySet());
            Instant start = at(spec.start(), LocalTime.of(9, 0));
            timeline.at(start, () -> {
                organisations.forEach((organisation, orgName) -> send(new RegisterOrganisationCommand(organisation, orgName)));
                send(new RegisterPartnershipCommand(partnership, name, DecisionRule.CONSENT, orgs.size() / 2 + 1));
                orgs.forEach(organisation -> send(new JoinPartnershipCommand(partnership, organisation, admin)));
                send(new AppointCoordinatorCommand(partnership, coordinator, admin));
            });
            Actor chair = new Actor(coordinator, null);
            List<OutcomeId> outcomes = List.of(new OutcomeId(uuid()), new OutcomeId(uuid()), new OutcomeId(uuid()));
            timeline.at(start.plus(Duration.ofDays(2)), () -> send(new ProposePurposeCommand(partnership,
                    "Keep the people of the valley well at home, with services that work as one",
                    List.of(new PurposeOutcome(outcomes.get(0), "Fewer avoidable hospital admissions of frail people"),
                            new PurposeOutcome(outcomes.get(1), "Same-week access to the right professional"),
                            new PurposeOutcome(outcomes.get(2), "Carers supported before they reach crisis")),
                    chair)));
            for (int o = 0; o < orgs.size(); o++) {
                OrganisationId organisation = orgs.get(o);
                timeline.at(start.plus(Duration.ofDays(3 + o)), () ->
                        send(new EndorsePurposeCommand(partnership, 1, member(members, organisation))));
            }
            Board board = new Board(partnership, start, chair, orgs, members, outcomes);
            for (int month = 0; month < spec.months(); month++) {
                LocalDate first = spec.start().plusMonths(month);
                board.meeting(month, first.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)));
                for (int c = 0; c < spec.commitmentsPerMonth(); c++) {
                    board.memberRequest(first.plusDays(random.nextInt(first.lengthOfMonth())));
                }
            }
            return new GeneratedPartnership(partnership, name, coordinator, organisations, members);
        }

        /** One partnership's meetings and commitments. */
        private final class Board {
            private final PartnershipId partnership;
            private final Instant founded;
            private final Actor chair;
            private final List<OrganisationId> orgs;
            private final Map<OrganisationId, PersonId> members;
            private final List<OutcomeId> outcomes;
            private DecisionId lastDecision;

            Board(PartnershipId partnership, Instant founded, Actor chair, List<OrganisationId> orgs,
                  Map<OrganisationId, PersonId> members, List<OutcomeId> outcomes) {
                this.partnership = partnership;
                this.founded = founded;
                this.chair = chair;
                this.orgs = orgs;
                this.members = members;
                this.outcomes = outcomes;
            }

            void meeting(int month, LocalDate day) {
                Instant opens = at(day, LocalTime.of(10, 0));
                if (!opens.isBefore(end)) {
                    return;
                }
                MeetingId meeting = new MeetingId(uuid());
                Instant scheduled = opens.minus(Duration.ofDays(7));
                timeline.at(scheduled.isAfter(founded) ? scheduled : founded.plus(Duration.ofHours(1)), () -> send(new ScheduleMeetingCommand(meeting, partnership,
                        "Board meeting " + day, opens, List.of("Apologies", "Follow-through review", "Proposals", "Any other business"),
                        DecisionRule.CONSENT, orgs.size() / 2 + 1, chair)));
                List<Attendance> attendance = new ArrayList<>();
                List<OrganisationId> present = new ArrayList<>();
                for (OrganisationId organisation : orgs) {
                    double roll = random.nextDouble();
                    AttendanceStatus status = roll < 0.86 ? AttendanceStatus.PRESENT
                            : roll < 0.96 ? AttendanceStatus.APOLOGIES : AttendanceStatus.ABSENT;
                    attendance.add(new Attendance(organisation, status));
                    if (status == AttendanceStatus.PRESENT) {
                        present.add(organisation);
                    }
                }
                timeline.at(opens, () -> send(new OpenMeetingCommand(meeting, attendance, chair)));
                int proposals = 1 + random.nextInt(2);
                List<DecisionId> adopted = new ArrayList<>();
                for (int p = 0; p < proposals; p++) {
                    ProposalId proposal = new ProposalId(uuid());
                    DecisionId decision = new DecisionId(uuid());
                    Instant tabled = opens.plus(Duration.ofMinutes(5 + 30L * p));
                    String title = PROPOSALS.get(random.nextInt(PROPOSALS.size()));
                    OutcomeId outcome = outcomes.get(random.nextInt(2));
                    timeline.at(tabled, () -> send(new TableProposalCommand(meeting, proposal, title,
                            title + ": the partnership agrees to act on this together from next month.", outcome, chair)));
                    for (int o = 0; o < present.size(); o++) {
                        positions(meeting, proposal, present.get(o), tabled.plus(Duration.ofMinutes(2 + o)));
                    }
                    List<Action> actions = new ArrayList<>();
                    for (int a = 0; a < 1 + random.nextInt(2); a++) {
                        actions.add(new Action(new CommitmentId(uuid()), orgs.get(random.nextInt(orgs.size())),
                                TASKS.get(random.nextInt(TASKS.size())), 14 + random.nextInt(50), random.nextLong()));
                    }
                    timeline.at(tabled.plus(Duration.ofMinutes(25)), () -> {
                        ProposalOutcome result = send(new CloseProposalCommand(meeting, proposal, decision, chair));
                        if (result == ProposalOutcome.ADOPTED) {
                            adopted.add(decision);
                            actions.forEach(action -> decisionAction(decision, action, tabled.plus(Duration.ofMinutes(27))));
                        }
                    });
                }
                timeline.at(opens.plus(Duration.ofMinutes(90)), () -> {
                    send(new CloseMeetingCommand(meeting, "Minutes of the board meeting of " + day
                            + ": attendance and positions as recorded; actions as listed in the register.", chair));
                    if (lastDecision != null && !adopted.isEmpty() && month % 4 == 3) {
                        send(new RescindDecisionCommand(lastDecision,
                                "replaced by this month's decision after the review of winter demand",
                                adopted.get(0), chair));
                    }
                    if (!adopted.isEmpty()) {
                        lastDecision = adopted.get(adopted.size() - 1);
                    }
                });
                if (month % 5 == 2) {
                    OrganisationId contesting = orgs.get(random.nextInt(orgs.size()));
                    timeline.at(opens.plus(Duration.ofDays(2)), () -> {
                        if (!adopted.isEmpty()) {
                            send(new ContestDecisionCommand(adopted.get(0), new ContestNoteId(UUID.nameUUIDFromBytes(
                                    adopted.get(0).toString().getBytes())),
                                    "the minutes omit that we asked for a review after three months",
                                    member(members, contesting)));
                        }
                    });
                }
            }

            private void positions(MeetingId meeting, ProposalId proposal, OrganisationId organisation, Instant at) {
                double roll = random.nextDouble();
                Actor actor = member(members, organisation);
                String reason = DISSENT.get(random.nextInt(DISSENT.size()));
                if (roll < 0.05) {
                    timeline.at(at, () -> send(new RecordPositionCommand(meeting, proposal, Position.DISAGREE, reason, actor)));
                    timeline.at(at.plus(Duration.ofMinutes(12)), () ->
                            send(new RecordPositionCommand(meeting, proposal, Position.AGREE, null, actor)));
                    return;
                }
                Position position = roll < 0.82 ? Position.AGREE : roll < 0.90 ? Position.ABSTAIN
                        : roll < 0.975 ? Position.DISAGREE : Position.BLOCK;
                String why = position == Position.DISAGREE || position == Position.BLOCK ? reason : null;
                timeline.at(at, () -> send(new RecordPositionCommand(meeting, proposal, position, why, actor)));
            }

            private void decisionAction(DecisionId decision, Action action, Instant at) {
                LocalDate due = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(action.days());
                transaction.executeWithoutResult(status -> {
                    send(new RecordDecisionActionCommand(decision, action.commitment(), action.performer(),
                            action.task(), due, "Reported to the board", chair));
                    send(new RequestCommitmentCommand(action.commitment(), partnership, Requester.byDecision(decision),
                            action.performer(), action.task(), due, "Reported to the board",
                            outcomes.get(0).toString(), chair));
                });
                lifecycle(action.commitment(), chair, action.performer(), due, at, new Random(action.seed()));
            }

            void memberRequest(LocalDate day) {
                Instant at = at(day, LocalTime.of(14, 0));
                if (!at.isBefore(end)) {
                    return;
                }
                OrganisationId requester = orgs.get(random.nextInt(orgs.size()));
                OrganisationId performer = orgs.get(random.nextInt(orgs.size()));
                if (performer.equals(requester)) {
                    performer = orgs.get((orgs.indexOf(requester) + 1) % orgs.size());
                }
                CommitmentId commitment = new CommitmentId(uuid());
                String task = TASKS.get(random.nextInt(TASKS.size()));
                LocalDate due = day.plusDays(10 + random.nextInt(45));
                String outcome = random.nextBoolean() ? outcomes.get(random.nextInt(2)).toString() : null;
                Actor asking = member(members, requester);
                OrganisationId performing = performer;
                Random lifecycleRandom = new Random(random.nextLong());
                timeline.at(at, () -> send(new RequestCommitmentCommand(commitment, partnership,
                        Requester.byMember(requester), performing, task, due, "Confirmed in writing to the requester",
                        outcome, asking)));
                lifecycle(commitment, asking, performer, due, at, lifecycleRandom);
            }

            /** Plans what happens to a requested commitment; steps after the end of the history never happen. */
            private void lifecycle(CommitmentId commitment, Actor requester, OrganisationId performer, LocalDate due,
                                   Instant requested, Random chance) {
                Actor doer = member(members, performer);
                double roll = chance.nextDouble();
                Instant answered = requested.plus(Duration.ofHours(20 + chance.nextInt(60)));
                if (roll < 0.08) {
                    later(answered, () -> send(new DeclineCommitmentCommand(commitment,
                            "no capacity this quarter", doer)));
                    return;
                }
                LocalDate promisedDue = due;
                if (roll < 0.14) {
                    promisedDue = due.plusDays(14);
                    LocalDate countered = promisedDue;
                    later(answered, () -> send(new CounterOfferCommand(commitment, countered,
                            "we can do it two weeks later", doer)));
                    later(answered.plus(Duration.ofDays(1)), () -> send(new AcceptCounterOfferCommand(commitment, requester)));
                } else {
                    later(answered, () -> send(new PromiseCommitmentCommand(commitment, doer)));
                }
                Instant dueEnd = at(promisedDue.plusDays(1), LocalTime.MIDNIGHT);
                Instant midway = answered.plus(Duration.between(answered, dueEnd).dividedBy(2));
                double fate = chance.nextDouble();
                if (fate < 0.55) {
                    kept(commitment, requester, doer, midway, dueEnd.minus(Duration.ofDays(3)), ProgressStatus.ON_TRACK);
                } else if (fate < 0.66) {
                    kept(commitment, requester, doer, midway, dueEnd.plus(Duration.ofDays(4)), ProgressStatus.AT_RISK);
                } else if (fate < 0.73) {
                    later(midway, () -> send(new ReportProgressCommand(commitment, ProgressStatus.BLOCKED,
                            "the funding we counted on was withdrawn", doer)));
                    later(midway.plus(Duration.ofDays(2)), () -> send(new WithdrawCommitmentCommand(commitment,
                            "we can no longer staff this", doer)));
                } else if (fate < 0.78) {
                    later(midway, () -> send(new ReleaseCommitmentCommand(commitment,
                            "the need was met another way", requester)));
                } else if (fate < 0.84) {
                    OrganisationId taker = orgs.stream()
                            .filter(candidate -> !candidate.equals(performer) && !candidate.equals(requester.organisation()))
                            .skip(chance.nextInt(orgs.size() - 2)).findFirst().orElseThrow();
                    Actor takerActor = member(members, taker);
                    later(midway, () -> send(new HandOverCommitmentCommand(commitment, taker,
                            "they run this service now", doer)));
                    later(midway.plus(Duration.ofDays(1)), () -> send(new AcceptHandOverCommand(commitment, takerActor)));
                    kept(commitment, requester, takerActor, midway.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
                            dueEnd.minus(Duration.ofDays(2)), ProgressStatus.ON_TRACK);
                } else if (fate < 0.89) {
                    LocalDate later = promisedDue.plusDays(21);
                    later(dueEnd.minus(Duration.ofDays(7)), () -> send(new ProposeRenegotiationCommand(commitment, later,
                            "the supplier moved the delivery", doer)));
                    later(dueEnd.minus(Duration.ofDays(6)), () -> send(new AcceptRenegotiationCommand(commitment, requester)));
                    kept(commitment, requester, doer, midway, at(later, LocalTime.NOON), ProgressStatus.ON_TRACK);
                } else {
                    later(midway, () -> send(new ReportProgressCommand(commitment, ProgressStatus.AT_RISK,
                            "waiting for the other services to reply", doer)));
                }
            }

            private void kept(CommitmentId commitment, Actor requester, Actor doer, Instant progress, Instant completed,
                              ProgressStatus status) {
                Instant done = completed.isAfter(progress.plus(Duration.ofHours(12)))
                        ? completed : progress.plus(Duration.ofHours(12));
                later(progress, () -> send(new ReportProgressCommand(commitment, status,
                        status == ProgressStatus.ON_TRACK ? "going to plan" : "short of staff but catching up", doer)));
                later(done, () -> send(new ReportCompletionCommand(commitment, "done, evidence shared with the board", doer)));
                later(done.plus(Duration.ofDays(1)), () -> send(new DeclareSatisfiedCommand(commitment, requester)));
            }

            private void later(Instant at, Runnable step) {
                if (at.isBefore(end)) {
                    timeline.at(at, step);
                }
            }
        }

        private UUID uuid() {
            long most = (random.nextLong() & ~0xF000L) | 0x4000L;
            long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(most, least);
        }
    }

    private record Action(CommitmentId commitment, OrganisationId performer, String task, int days, long seed) {
    }

    private static Actor member(Map<OrganisationId, PersonId> members, OrganisationId organisation) {
        return new Actor(members.get(organisation), organisation);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).toInstant(ZoneOffset.UTC);
    }

    private <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    /**
     * Axon's event clock while a generation runs: a thread running a step reads that step's time, every other
     * thread (a processor, a deadline, a request) the clock there was before.
     */
    private static final class StepClock extends Clock {
        private static final ThreadLocal<Instant> STEP = new ThreadLocal<>();
        private static final Object LOCK = new Object();
        private static int running;
        private static Clock original;

        private final Clock fallback;

        private StepClock(Clock fallback) {
            this.fallback = fallback;
        }

        /** Runs {@code generation} with this clock installed, and puts the previous clock back after the last one. */
        static int during(java.util.function.IntSupplier generation) {
            synchronized (LOCK) {
                if (running++ == 0) {
                    original = GenericEventMessage.clock;
                    GenericEventMessage.clock = new StepClock(original);
                }
            }
            try {
                return generation.getAsInt();
            } finally {
                synchronized (LOCK) {
                    if (--running == 0) {
                        GenericEventMessage.clock = original;
                    }
                }
            }
        }

        static void at(Instant step) {
            if (step == null) {
                STEP.remove();
            } else {
                STEP.set(step);
            }
        }

        @Override
        public Instant instant() {
            Instant step = STEP.get();
            return step != null ? step : fallback.instant();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Runs the storing with the processors that read the store paused ({@link StoreReadersPause}), if any. */
    private <T> T withReadersPaused(Supplier<T> storing) {
        return readersPause == null ? storing.get() : readersPause.during(storing);
    }

    /** Steps in the order of their simulated times; each runs with this thread's event time set to its time. */
    private static final class Timeline {
        private record Step(Instant at, long order, Runnable action) {
        }

        private final PriorityQueue<Step> steps = new PriorityQueue<>(
                Comparator.comparing(Step::at).thenComparingLong(Step::order));
        private long order;
        private int refused;

        void at(Instant at, Runnable action) {
            steps.add(new Step(at, order++, action));
        }

        int run() {
            int ran = 0;
            try {
                while (!steps.isEmpty()) {
                    Step step = steps.poll();
                    StepClock.at(step.at());
                    try {
                        step.action().run();
                    } catch (RuntimeException refusedByTheRules) {
                        refused++;
                        log.debug("Generated step at {} was refused: {}", step.at(), refusedByTheRules.getMessage());
                    }
                    ran++;
                }
            } finally {
                StepClock.at(null);
            }
            return ran;
        }
    }
}
