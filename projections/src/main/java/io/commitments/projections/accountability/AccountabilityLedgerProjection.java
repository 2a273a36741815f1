package io.commitments.projections.accountability;

import io.commitments.core.api.accountability.AccountabilityCounts;
import io.commitments.core.api.accountability.AccountabilityLedger;
import io.commitments.core.api.accountability.AccountabilityPeriod;
import io.commitments.core.api.accountability.AccountabilitySeries;
import io.commitments.core.api.accountability.FindAccountabilityLedgerQuery;
import io.commitments.core.api.accountability.FindAccountabilitySeriesQuery;
import io.commitments.core.api.accountability.OrganisationAccountability;
import io.commitments.core.api.accountability.OrganisationSeries;
import io.commitments.core.api.accountability.PersonAccountability;
import io.commitments.core.api.commitment.CommitmentCounterOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferCounteredEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferRejectedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentOfferedEvent;
import io.commitments.core.api.commitment.CommitmentOverdueEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.projections.ViewTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The accountability ledger behind {@code GET /api/partnerships/{pid}/accountability} and its monthly series.
 * <p>
 * Counting rules. A range runs from the start of {@code from} to the end of {@code to} in the query's zone.
 * <ul>
 * <li>{@code made}: promises dated in the range: promised, or an offer or counter-offer accepted.</li>
 * <li>{@code keptOnTime}, {@code keptLate}, {@code withdrawn}, {@code released}, {@code declined}: outcomes
 * dated in the range (declared satisfied, withdrawn, released, declined or counter-offer rejected), on time or
 * late as the kept event says.</li>
 * <li>{@code open}: promised (or completion reported) and not ended at the end of the range;
 * {@code overdue}: of those, recorded overdue by the system and not cleared by a renegotiation.</li>
 * </ul>
 * Every fact counts for the performer at the time it happened: a handed-over commitment counts as made for
 * the organisation that promised it, then open, kept or withdrawn for the one that took it over. Per person,
 * a fact counts for the performer's person who gave their word (who promised, whose offer or counter-offer
 * was accepted, or who took it over); a decline counts for who declined. Leaving the partnership deletes
 * nothing: a withdrawn organisation keeps its history, marked as no longer a member.
 * <p>
 * Only the partnership aggregate's own membership events and each commitment's own events are combined per
 * row, so the order in which a pooled processor interleaves aggregates does not change the ledger.
 */
@Component
@ProcessingGroup(AccountabilityLedgerProjection.PROCESSING_GROUP)
public class AccountabilityLedgerProjection {

    public static final String PROCESSING_GROUP = "accountability-ledger";

    private static final Comparator<OrganisationId> BY_ORGANISATION = Comparator.comparing(OrganisationId::value);
    private static final Comparator<PersonKey> BY_PERSON = Comparator.comparing(PersonKey::organisation,
            BY_ORGANISATION).thenComparing(key -> key.person().value());

    private final ViewTables tables;

    public AccountabilityLedgerProjection(ViewTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(CommitmentRequestedEvent event) {
        tables.write("""
                        INSERT INTO accountability_commitment (commitment_id, partnership_id, performer_id)
                        VALUES (:id, :partnership, :performer)""")
                .param("id", event.commitmentId().value())
                .param("partnership", event.partnershipId().value())
                .param("performer", event.performer().value())
                .update();
    }

    @EventHandler
    void on(CommitmentOfferedEvent event) {
        tables.write("""
                        INSERT INTO accountability_commitment (commitment_id, partnership_id, performer_id,
                            pending_promisor_id)
                        VALUES (:id, :partnership, :performer, :offeredBy)""")
                .param("id", event.commitmentId().value())
                .param("partnership", event.partnershipId().value())
                .param("performer", event.performer().value())
                .param("offeredBy", event.actor().person().value())
                .update();
    }

    @EventHandler
    void on(CommitmentCounterOfferedEvent event) {
        tables.write("UPDATE accountability_commitment SET pending_promisor_id = :person WHERE commitment_id = :id")
                .param("person", event.actor().person().value())
                .param("id", event.commitmentId().value())
                .update();
    }

    @EventHandler
    void on(CommitmentCounterOfferCounteredEvent event) {
        tables.write("UPDATE accountability_commitment SET pending_promisor_id = NULL WHERE commitment_id = :id")
                .param("id", event.commitmentId().value())
                .update();
    }

    @EventHandler
    void on(CommitmentPromisedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        promised(event.commitmentId(), event.partnershipId(), event.performer(), event.actor().person(), at,
                sequence);
    }

    @EventHandler
    void on(CommitmentOfferAcceptedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        promised(event.commitmentId(), event.partnershipId(), event.performer(),
                pendingPromisor(event.commitmentId()), at, sequence);
    }

    @EventHandler
    void on(CommitmentCounterOfferAcceptedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        promised(event.commitmentId(), event.partnershipId(), event.performer(),
                pendingPromisor(event.commitmentId()), at, sequence);
    }

    @EventHandler
    void on(CommitmentDeclinedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        fact(event.commitmentId(), sequence, event.partnershipId(), event.performer(), event.actor().person(),
                FactKind.DECLINED, at);
    }

    @EventHandler
    void on(CommitmentCounterOfferRejectedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        fact(event.commitmentId(), sequence, event.partnershipId(), event.performer(),
                pendingPromisor(event.commitmentId()), FactKind.DECLINED, at);
    }

    @EventHandler
    void on(CommitmentKeptEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        ended(event.commitmentId(), sequence, event.partnershipId(), event.performer(),
                event.keptOnTime() ? FactKind.KEPT_ON_TIME : FactKind.KEPT_LATE, at);
    }

    @EventHandler
    void on(CommitmentWithdrawnEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        ended(event.commitmentId(), sequence, event.partnershipId(), event.performer(), FactKind.WITHDRAWN, at);
    }

    @EventHandler
    void on(CommitmentReleasedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        ended(event.commitmentId(), sequence, event.partnershipId(), event.performer(), FactKind.RELEASED, at);
    }

    @EventHandler
    void on(CommitmentHandOverAcceptedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        closeOpenPeriod(event.commitmentId(), at);
        PersonId takenOverBy = event.actor().person();
        openPeriod(event.commitmentId(), sequence, event.partnershipId(), event.toOrganisation(), takenOverBy, at);
        tables.write("""
                        UPDATE accountability_commitment SET performer_id = :performer, answerable_person_id = :person
                        WHERE commitment_id = :id""")
                .param("performer", event.toOrganisation().value())
                .param("person", takenOverBy.value())
                .param("id", event.commitmentId().value())
                .update();
    }

    @EventHandler
    void on(CommitmentOverdueEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        tables.write("""
                        INSERT INTO accountability_overdue_period (commitment_id, sequence_number, partnership_id,
                            started_at)
                        VALUES (:id, :sequence, :partnership, :at)""")
                .param("id", event.commitmentId().value())
                .param("sequence", sequence)
                .param("partnership", event.partnershipId().value())
                .param("at", timestamp(at))
                .update();
    }

    @EventHandler
    void on(CommitmentRenegotiatedEvent event, @Timestamp Instant at) {
        if (event.overdueCleared()) {
            closeOverduePeriod(event.commitmentId(), at);
        }
    }

    @EventHandler
    void on(OrganisationJoinedPartnershipEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        tables.write("""
                        INSERT INTO accountability_membership (partnership_id, organisation_id, sequence_number,
                            joined_at)
                        VALUES (:partnership, :organisation, :sequence, :at)""")
                .param("partnership", event.partnershipId().value())
                .param("organisation", event.organisationId().value())
                .param("sequence", sequence)
                .param("at", timestamp(at))
                .update();
    }

    @EventHandler
    void on(OrganisationWithdrewFromPartnershipEvent event, @Timestamp Instant at) {
        tables.write("""
                        UPDATE accountability_membership SET left_at = :at
                        WHERE partnership_id = :partnership AND organisation_id = :organisation AND left_at IS NULL""")
                .param("at", timestamp(at))
                .param("partnership", event.partnershipId().value())
                .param("organisation", event.organisationId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        Stream.of("accountability_fact", "accountability_open_period", "accountability_overdue_period",
                        "accountability_membership", "accountability_commitment")
                .forEach(table -> tables.write("DELETE FROM " + table).update());
    }

    @QueryHandler
    AccountabilityLedger handle(FindAccountabilityLedgerQuery query) {
        Instant start = query.from() == null ? Instant.EPOCH : startOf(query.from(), query.zone());
        Instant end = startOf(query.to().plusDays(1), query.zone());
        Activity activity = activity(query.partnershipId(), start, end, end);
        Tallies tallies = activity.tally(start, end, countFacts(query.partnershipId(), start, end));
        List<OrganisationAccountability> organisations = tallies.organisations.entrySet().stream()
                .map(entry -> new OrganisationAccountability(entry.getKey(), activity.memberAt(entry.getKey(), end),
                        entry.getValue().counts()))
                .toList();
        List<PersonAccountability> people = tallies.people.entrySet().stream()
                .map(entry -> new PersonAccountability(entry.getKey().person(), entry.getKey().organisation(),
                        entry.getValue().counts()))
                .toList();
        return new AccountabilityLedger(query.partnershipId(), query.from(), query.to(), organisations, people);
    }

    @QueryHandler
    AccountabilitySeries handle(FindAccountabilitySeriesQuery query) {
        ZoneId zone = query.zone();
        Instant end = startOf(query.to().plusDays(1), zone);
        Optional<YearMonth> first = query.from() != null ? Optional.of(YearMonth.from(query.from()))
                : firstActivity(query.partnershipId()).map(at -> YearMonth.from(at.atZone(zone)));
        YearMonth last = YearMonth.from(query.to());
        if (first.isEmpty() || first.get().isAfter(last)) {
            return new AccountabilitySeries(query.partnershipId(), query.interval(), List.of());
        }
        Instant start = startOf(first.get().atDay(1), zone);
        Activity activity = activity(query.partnershipId(), start, end, start);
        Map<PeriodDays, Tallies> tallies = new LinkedHashMap<>();
        for (YearMonth month = first.get(); !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate lastDay = month.equals(last) ? query.to() : month.atEndOfMonth();
            Instant monthStart = startOf(month.atDay(1), zone);
            Instant monthEnd = startOf(lastDay.plusDays(1), zone);
            tallies.put(new PeriodDays(month.atDay(1), lastDay),
                    activity.tally(monthStart, monthEnd, countFacts(query.partnershipId(), monthStart, monthEnd)));
        }
        SortedSet<OrganisationId> organisations = new TreeSet<>(BY_ORGANISATION);
        tallies.values().forEach(period -> organisations.addAll(period.organisations().keySet()));
        return new AccountabilitySeries(query.partnershipId(), query.interval(), organisations.stream()
                .map(organisation -> new OrganisationSeries(organisation, activity.memberAt(organisation, end),
                        tallies.entrySet().stream()
                                .map(period -> new AccountabilityPeriod(period.getKey().start(), period.getKey().end(),
                                        Optional.ofNullable(period.getValue().organisations().get(organisation))
                                                .map(Tally::counts).orElse(AccountabilityCounts.NONE)))
                                .toList()))
                .toList());
    }

    private void promised(CommitmentId id, PartnershipId partnership, OrganisationId performer, PersonId promisor,
                          Instant at, long sequence) {
        fact(id, sequence, partnership, performer, promisor, FactKind.MADE, at);
        openPeriod(id, sequence, partnership, performer, promisor, at);
        tables.write("""
                        UPDATE accountability_commitment SET answerable_person_id = :person, pending_promisor_id = NULL
                        WHERE commitment_id = :id""")
                .param("person", promisor == null ? null : promisor.value())
                .param("id", id.value())
                .update();
    }

    private void ended(CommitmentId id, long sequence, PartnershipId partnership, OrganisationId performer,
                       FactKind kind, Instant at) {
        fact(id, sequence, partnership, performer, answerablePerson(id), kind, at);
        closeOpenPeriod(id, at);
        closeOverduePeriod(id, at);
    }

    private void fact(CommitmentId id, long sequence, PartnershipId partnership, OrganisationId organisation,
                      PersonId person, FactKind kind, Instant at) {
        tables.write("""
                        INSERT INTO accountability_fact (commitment_id, sequence_number, partnership_id,
                            organisation_id, person_id, kind, occurred_at)
                        VALUES (:id, :sequence, :partnership, :organisation, :person, :kind, :at)""")
                .param("id", id.value())
                .param("sequence", sequence)
                .param("partnership", partnership.value())
                .param("organisation", organisation.value())
                .param("person", person == null ? null : person.value())
                .param("kind", kind.name())
                .param("at", timestamp(at))
                .update();
    }

    private void openPeriod(CommitmentId id, long sequence, PartnershipId partnership, OrganisationId performer,
                            PersonId person, Instant at) {
        tables.write("""
                        INSERT INTO accountability_open_period (commitment_id, sequence_number, partnership_id,
                            organisation_id, person_id, started_at)
                        VALUES (:id, :sequence, :partnership, :organisation, :person, :at)""")
                .param("id", id.value())
                .param("sequence", sequence)
                .param("partnership", partnership.value())
                .param("organisation", performer.value())
                .param("person", person == null ? null : person.value())
                .param("at", timestamp(at))
                .update();
    }

    private void closeOpenPeriod(CommitmentId id, Instant at) {
        tables.write("UPDATE accountability_open_period SET ended_at = :at WHERE commitment_id = :id AND ended_at IS NULL")
                .param("at", timestamp(at))
                .param("id", id.value())
                .update();
    }

    private void closeOverduePeriod(CommitmentId id, Instant at) {
        tables.write("""
                        UPDATE accountability_overdue_period SET ended_at = :at
                        WHERE commitment_id = :id AND ended_at IS NULL""")
                .param("at", timestamp(at))
                .param("id", id.value())
                .update();
    }

    private PersonId pendingPromisor(CommitmentId id) {
        return person(id, "pending_promisor_id");
    }

    private PersonId answerablePerson(CommitmentId id) {
        return person(id, "answerable_person_id");
    }

    private PersonId person(CommitmentId id, String column) {
        return tables.read("SELECT " + column + " FROM accountability_commitment WHERE commitment_id = :id")
                .param("id", id.value())
                .query((row, rowNumber) -> Optional.ofNullable(row.getObject(column, UUID.class)).map(PersonId::of))
                .optional()
                .flatMap(Function.identity())
                .orElse(null);
    }

    private Optional<Instant> firstActivity(PartnershipId partnership) {
        return tables.read("""
                        SELECT MIN(occurred_at) AS first_at FROM accountability_fact WHERE partnership_id = :partnership
                        """)
                .param("partnership", partnership.value())
                .query((row, rowNumber) -> Optional.ofNullable(row.getTimestamp("first_at"))
                        .map(java.sql.Timestamp::toInstant))
                .single();
    }

    /**
     * The facts of one partnership dated in [start, end), counted by the database: a partnership's history can
     * hold tens of thousands of facts, and a read that brought each of them back to be counted here took a p99
     * of 190 ms with 16 readers (the 100k benchmark, where some partnerships had ~50,000 events).
     */
    private List<FactCount> countFacts(PartnershipId partnership, Instant start, Instant end) {
        return tables.read("""
                        SELECT organisation_id, person_id, kind, COUNT(*) AS facts FROM accountability_fact
                        WHERE partnership_id = :partnership AND occurred_at >= :start AND occurred_at < :end
                        GROUP BY organisation_id, person_id, kind""")
                .params(range(partnership, start, end))
                .query((row, rowNumber) -> new FactCount(organisation(row), person(row),
                        FactKind.valueOf(row.getString("kind")), row.getInt("facts")))
                .list();
    }

    /**
     * The memberships of one partnership lasting into [start, end), and its open and overdue periods lasting into
     * [periodsFrom, end): a ledger counts those still open at its end only, a series those at each month's end.
     */
    private Activity activity(PartnershipId partnership, Instant start, Instant end, Instant periodsFrom) {
        Map<String, Object> periods = range(partnership, periodsFrom, end);
        List<OpenPeriod> open = tables.read("""
                        SELECT commitment_id, organisation_id, person_id, started_at, ended_at
                        FROM accountability_open_period
                        WHERE partnership_id = :partnership AND started_at < :end
                          AND (ended_at IS NULL OR ended_at >= :start)""")
                .params(periods)
                .query((row, rowNumber) -> new OpenPeriod(row.getObject("commitment_id", UUID.class),
                        organisation(row), person(row),
                        new Period(instant(row, "started_at"), instant(row, "ended_at"))))
                .list();
        List<OverduePeriod> overdue = tables.read("""
                        SELECT commitment_id, started_at, ended_at FROM accountability_overdue_period
                        WHERE partnership_id = :partnership AND started_at < :end
                          AND (ended_at IS NULL OR ended_at >= :start)""")
                .params(periods)
                .query((row, rowNumber) -> new OverduePeriod(row.getObject("commitment_id", UUID.class),
                        new Period(instant(row, "started_at"), instant(row, "ended_at"))))
                .list();
        List<Membership> memberships = tables.read("""
                        SELECT organisation_id, joined_at, left_at FROM accountability_membership
                        WHERE partnership_id = :partnership AND joined_at < :end
                          AND (left_at IS NULL OR left_at >= :start)""")
                .params(range(partnership, start, end))
                .query((row, rowNumber) -> new Membership(organisation(row),
                        new Period(instant(row, "joined_at"), instant(row, "left_at"))))
                .list();
        return new Activity(open, overdue, memberships);
    }

    /** The parameters of a query over one partnership's [start, end). */
    private static Map<String, Object> range(PartnershipId partnership, Instant start, Instant end) {
        return Map.of("partnership", partnership.value(), "start", timestamp(start), "end", timestamp(end));
    }

    private static Instant startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static OrganisationId organisation(ResultSet row) throws SQLException {
        return OrganisationId.of(row.getObject("organisation_id", UUID.class));
    }

    private static PersonId person(ResultSet row) throws SQLException {
        UUID value = row.getObject("person_id", UUID.class);
        return value == null ? null : PersonId.of(value);
    }

    /** From {@code start} (exclusive) until {@code end} (inclusive; null while it lasts). */
    private record Period(Instant start, Instant end) {

        boolean lastsAt(Instant at) {
            return start.isBefore(at) && (end == null || !end.isBefore(at));
        }

        boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && (end == null || !end.isBefore(from));
        }
    }

    private record FactCount(OrganisationId organisation, PersonId person, FactKind kind, int count) {
    }

    private record OpenPeriod(UUID commitment, OrganisationId organisation, PersonId person, Period period) {
    }

    private record OverduePeriod(UUID commitment, Period period) {
    }

    private record Membership(OrganisationId organisation, Period period) {
    }

    private record PeriodDays(LocalDate start, LocalDate end) {
    }

    private record PersonKey(PersonId person, OrganisationId organisation) {
    }

    private record Tallies(Map<OrganisationId, Tally> organisations, Map<PersonKey, Tally> people) {

        Tally of(OrganisationId organisation) {
            return organisations.computeIfAbsent(organisation, any -> new Tally());
        }

        Optional<Tally> of(PersonId person, OrganisationId organisation) {
            return Optional.ofNullable(person)
                    .map(present -> people.computeIfAbsent(new PersonKey(present, organisation), any -> new Tally()));
        }
    }

    private record Activity(List<OpenPeriod> open, List<OverduePeriod> overdue, List<Membership> memberships) {

        /** The facts counted in [start, end); open and overdue as of {@code end}; every member during the range. */
        Tallies tally(Instant start, Instant end, List<FactCount> facts) {
            Tallies tallies = new Tallies(new TreeMap<>(BY_ORGANISATION), new TreeMap<>(BY_PERSON));
            memberships.stream().filter(membership -> membership.period().overlaps(start, end))
                    .forEach(membership -> tallies.of(membership.organisation()));
            facts.forEach(fact -> {
                tallies.of(fact.organisation()).count(fact.kind(), fact.count());
                tallies.of(fact.person(), fact.organisation()).ifPresent(tally -> tally.count(fact.kind(), fact.count()));
            });
            Set<UUID> overdueAtEnd = overdue.stream().filter(period -> period.period().lastsAt(end))
                    .map(OverduePeriod::commitment).collect(Collectors.toSet());
            open.stream().filter(period -> period.period().lastsAt(end)).forEach(period -> {
                boolean isOverdue = overdueAtEnd.contains(period.commitment());
                tallies.of(period.organisation()).countOpen(isOverdue);
                tallies.of(period.person(), period.organisation()).ifPresent(tally -> tally.countOpen(isOverdue));
            });
            return tallies;
        }

        boolean memberAt(OrganisationId organisation, Instant at) {
            return memberships.stream().anyMatch(membership ->
                    membership.organisation().equals(organisation) && membership.period().lastsAt(at));
        }
    }
}
