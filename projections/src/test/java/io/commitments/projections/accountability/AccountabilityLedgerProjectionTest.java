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
import io.commitments.core.api.accountability.SeriesInterval;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.projections.support.EventFeed;
import io.commitments.projections.support.History;
import io.commitments.projections.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.commitments.core.api.accountability.AccountabilityCounts.NONE;
import static io.commitments.projections.support.Parties.ALI;
import static io.commitments.projections.support.Parties.ANNA;
import static io.commitments.projections.support.Parties.BEN;
import static io.commitments.projections.support.Parties.CARA;
import static io.commitments.projections.support.Parties.CHARITY;
import static io.commitments.projections.support.Parties.COORDINATOR;
import static io.commitments.projections.support.Parties.COUNCIL;
import static io.commitments.projections.support.Parties.DEV;
import static io.commitments.projections.support.Parties.HOSPITAL;
import static io.commitments.projections.support.Parties.OTHER_PARTNERSHIP;
import static io.commitments.projections.support.Parties.PARTNERSHIP;
import static io.commitments.projections.support.Parties.SURGERY;
import static io.commitments.projections.support.Parties.date;
import static io.commitments.projections.support.Parties.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class AccountabilityLedgerProjectionTest {

    private static final LocalDate DUE = date("2026-03-20");

    @Parameter
    TestDatabase database;

    private AccountabilityLedgerProjection projection;
    private EventFeed feed;

    @BeforeEach
    void setUp() {
        TestDatabase.Schema schema = database.freshSchema();
        projection = new AccountabilityLedgerProjection(schema.tables());
        feed = new EventFeed(projection, schema.transactions());
    }

    @Test
    void keptOnTheDueDateIsOnTimeAndTheDayAfterIsLate() {
        feed.play(
                promisedBySurgery(DUE).completionReported(on("2026-03-19"), BEN)
                        .kept(Instant.parse("2026-03-20T23:59:59Z"), ANNA),
                promisedBySurgery(DUE).completionReported(on("2026-03-19"), BEN)
                        .kept(Instant.parse("2026-03-21T00:00:00Z"), ANNA));

        assertThat(organisation(ledger("2026-03-01", "2026-03-31"), SURGERY))
                .isEqualTo(counts(2, 1, 1, 0, 0, 0, 0, 0));
        assertThat(organisation(ledger("2026-03-01", "2026-03-31"), SURGERY).reliability()).isEqualTo(1.0);
        assertThat(organisation(ledger("2026-03-01", "2026-03-31"), SURGERY).onTimeRate()).isEqualTo(0.5);
    }

    @Test
    void reliabilityCountsOnlyWithdrawalsAgainstKeptCommitments() {
        feed.play(
                promisedBySurgery(DUE).completionReported(on("2026-03-10"), BEN).kept(on("2026-03-11"), ANNA),
                promisedBySurgery(DUE).completionReported(on("2026-03-10"), BEN).kept(on("2026-03-11"), ANNA),
                promisedBySurgery(DUE).completionReported(on("2026-03-10"), BEN).kept(on("2026-03-25"), ANNA),
                promisedBySurgery(DUE).withdrawn(on("2026-03-12"), BEN),
                promisedBySurgery(DUE).released(on("2026-03-12"), ANNA),
                requestedOfSurgery(DUE).declined(on("2026-03-04"), BEN));

        AccountabilityCounts surgery = organisation(ledger("2026-03-01", "2026-03-31"), SURGERY);

        assertThat(surgery).isEqualTo(counts(5, 2, 1, 1, 1, 1, 0, 0));
        assertThat(surgery.reliability()).isEqualTo(0.75);
        assertThat(surgery.onTimeRate()).isEqualTo(2.0 / 3);
    }

    @Test
    void ratesAreNullWhenNothingWasKeptOrWithdrawn() {
        feed.play(promisedBySurgery(DUE), requestedOfSurgery(DUE).declined(on("2026-03-04"), BEN));

        AccountabilityCounts surgery = organisation(ledger("2026-03-01", "2026-03-31"), SURGERY);

        assertThat(surgery).isEqualTo(counts(1, 0, 0, 0, 0, 1, 1, 0));
        assertThat(surgery.reliability()).isNull();
        assertThat(surgery.onTimeRate()).isNull();
    }

    @Test
    void decliningAndRejectedCounterOffersCountAgainstNobody() {
        feed.play(
                requestedOfSurgery(DUE).declined(on("2026-03-04"), BEN),
                requestedOfSurgery(DUE).counterOffered(on("2026-03-04"), BEN, date("2026-04-30"))
                        .counterOfferRejected(on("2026-03-05"), ANNA),
                promisedBySurgery(DUE).completionReported(on("2026-03-10"), BEN).kept(on("2026-03-11"), ANNA));

        AccountabilityLedger ledger = ledger("2026-03-01", "2026-03-31");

        assertThat(organisation(ledger, SURGERY)).isEqualTo(counts(1, 1, 0, 0, 0, 2, 0, 0));
        assertThat(organisation(ledger, SURGERY).reliability()).isEqualTo(1.0);
        assertThat(person(ledger, BEN)).isEqualTo(counts(1, 1, 0, 0, 0, 2, 0, 0));
        assertThat(ledger.organisations()).extracting(OrganisationAccountability::organisation)
                .containsExactly(SURGERY);
    }

    @Test
    void handedOverCommitmentsCountForThePerformerWhoKeptOrAbandonedThem() {
        History kept = promisedBySurgery(DUE).handOverProposed(on("2026-03-05"), BEN, COUNCIL)
                .handOverAccepted(on("2026-03-06"), CARA)
                .completionReported(on("2026-03-15"), CARA).kept(on("2026-03-16"), ANNA);
        History abandoned = promisedBySurgery(DUE).handOverProposed(on("2026-03-05"), BEN, COUNCIL)
                .handOverAccepted(on("2026-03-06"), CARA)
                .withdrawn(on("2026-03-18"), CARA);
        feed.play(kept, abandoned);

        AccountabilityLedger march = ledger("2026-03-01", "2026-03-31");
        assertThat(organisation(march, SURGERY)).isEqualTo(counts(2, 0, 0, 0, 0, 0, 0, 0));
        assertThat(organisation(march, COUNCIL)).isEqualTo(counts(0, 1, 0, 1, 0, 0, 0, 0));
        assertThat(organisation(march, COUNCIL).reliability()).isEqualTo(0.5);
        assertThat(person(march, BEN)).isEqualTo(counts(2, 0, 0, 0, 0, 0, 0, 0));
        assertThat(person(march, CARA)).isEqualTo(counts(0, 1, 0, 1, 0, 0, 0, 0));

        AccountabilityLedger beforeHandOver = ledger("2026-03-01", "2026-03-05");
        assertThat(organisation(beforeHandOver, SURGERY)).isEqualTo(counts(2, 0, 0, 0, 0, 0, 2, 0));
        assertThat(beforeHandOver.organisations()).extracting(OrganisationAccountability::organisation)
                .containsExactly(SURGERY);

        AccountabilityLedger afterHandOver = ledger("2026-03-01", "2026-03-10");
        assertThat(organisation(afterHandOver, SURGERY)).isEqualTo(counts(2, 0, 0, 0, 0, 0, 0, 0));
        assertThat(organisation(afterHandOver, COUNCIL)).isEqualTo(counts(0, 0, 0, 0, 0, 0, 2, 0));
    }

    @Test
    void anOverdueCommitmentHandedOverIsOverdueForItsNewPerformer() {
        feed.play(promisedBySurgery(DUE).overdue().handOverProposed(on("2026-03-22"), BEN, COUNCIL)
                .handOverAccepted(on("2026-03-23"), CARA));

        assertThat(organisation(ledger("2026-03-01", "2026-03-21"), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1, 1));
        assertThat(organisation(ledger("2026-03-01", "2026-03-31"), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(organisation(ledger("2026-03-01", "2026-03-31"), COUNCIL)).isEqualTo(counts(0, 0, 0, 0, 0, 0, 1, 1));
    }

    @Test
    void releasedAfterBeingOverdueCountsAgainstNobody() {
        feed.play(promisedBySurgery(DUE).overdue().released(on("2026-03-25"), ANNA));

        assertThat(organisation(ledger("2026-03-01", "2026-03-24"), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1, 1));
        AccountabilityCounts march = organisation(ledger("2026-03-01", "2026-03-31"), SURGERY);
        assertThat(march).isEqualTo(counts(1, 0, 0, 0, 1, 0, 0, 0));
        assertThat(march.reliability()).isNull();
        assertThat(person(ledger("2026-03-01", "2026-03-31"), BEN)).isEqualTo(march);
    }

    @Test
    void anUnansweredRequestReleasedCountsForTheOrganisationButNoPerson() {
        feed.play(requestedOfSurgery(DUE).released(on("2026-03-05"), ANNA));

        AccountabilityLedger ledger = ledger("2026-03-01", "2026-03-31");

        assertThat(organisation(ledger, SURGERY)).isEqualTo(counts(0, 0, 0, 0, 1, 0, 0, 0));
        assertThat(ledger.people()).isEmpty();
    }

    @Test
    void aDueDateRenegotiatedBeforeItPassedIsKeptOnTimeByTheNewDate() {
        feed.play(promisedBySurgery(DUE)
                .renegotiated(on("2026-03-10"), BEN, CommitmentSide.PERFORMER, date("2026-04-10"),
                        on("2026-03-11"), ANNA)
                .completionReported(on("2026-04-09"), BEN).kept(on("2026-04-10"), ANNA));

        assertThat(organisation(ledger("2026-03-01", "2026-03-31"), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1, 0));
        assertThat(organisation(ledger("2026-04-01", "2026-04-30"), SURGERY)).isEqualTo(counts(0, 1, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aRenegotiationToALaterDateAfterItWasOverdueClearsOverdueFromThen() {
        feed.play(promisedBySurgery(DUE).overdue()
                .renegotiated(on("2026-03-24"), BEN, CommitmentSide.PERFORMER, date("2026-04-10"),
                        on("2026-03-25"), ANNA));

        assertThat(organisation(ledger("2026-03-01", "2026-03-20"), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1, 0));
        assertThat(organisation(ledger("2026-03-01", "2026-03-24"), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1, 1));
        assertThat(organisation(ledger("2026-03-01", "2026-03-25"), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1, 0));
    }

    @Test
    void aRenegotiationToADateAlreadyPastLeavesItOverdue() {
        feed.play(promisedBySurgery(DUE).overdue()
                .renegotiated(on("2026-03-24"), ANNA, CommitmentSide.REQUESTER, date("2026-03-22"),
                        on("2026-03-25"), BEN));

        assertThat(organisation(ledger("2026-03-01", "2026-03-31"), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1, 1));
    }

    @Test
    void acceptedOffersAndCounterOffersCountForThePersonWhoMadeThem() {
        feed.play(
                History.offered(PARTNERSHIP, SURGERY, DUE, on("2026-03-02"), BEN)
                        .offerAccepted(on("2026-03-03"), COORDINATOR),
                requestedOfSurgery(DUE).counterOffered(on("2026-03-03"), BEN, date("2026-03-27"))
                        .counterOfferAccepted(on("2026-03-04"), ALI)
                        .completionReported(on("2026-03-26"), BEN).kept(on("2026-03-27"), ANNA));

        AccountabilityLedger ledger = ledger("2026-03-01", "2026-03-31");

        assertThat(person(ledger, BEN)).isEqualTo(counts(2, 1, 0, 0, 0, 0, 1, 0));
        assertThat(ledger.people()).extracting(PersonAccountability::person).containsExactly(BEN.person());
    }

    @Test
    void aWithdrawnOrganisationKeepsItsHistory() {
        History membership = History.partnership(PARTNERSHIP)
                .joined(on("2026-01-05"), HOSPITAL)
                .joined(on("2026-01-05"), CHARITY)
                .joined(on("2026-01-05"), COUNCIL)
                .withdrew(on("2026-04-15"), CHARITY);
        History kept = History.requested(PARTNERSHIP, Requester.byMember(HOSPITAL), CHARITY, DUE, on("2026-03-02"),
                ANNA).promised(on("2026-03-03"), DEV).completionReported(on("2026-03-10"), DEV)
                .kept(on("2026-03-11"), ANNA);
        feed.play(membership, kept);

        AccountabilityLedger spring = ledger("2026-03-01", "2026-04-30");
        assertThat(spring.organisations()).containsExactly(
                new OrganisationAccountability(HOSPITAL, true, NONE),
                new OrganisationAccountability(COUNCIL, true, NONE),
                new OrganisationAccountability(CHARITY, false, counts(1, 1, 0, 0, 0, 0, 0, 0)));
        assertThat(person(spring, DEV)).isEqualTo(counts(1, 1, 0, 0, 0, 0, 0, 0));
        assertThat(ledger("2026-03-01", "2026-03-31").organisations())
                .contains(new OrganisationAccountability(CHARITY, true, counts(1, 1, 0, 0, 0, 0, 0, 0)));
        assertThat(ledger("2026-05-01", "2026-05-31").organisations()).extracting(OrganisationAccountability::organisation)
                .containsExactly(HOSPITAL, COUNCIL);
    }

    @Test
    void aRangeHoldsWhatHappenedFromTheStartOfItsFirstDayToTheEndOfItsLast() {
        feed.play(
                requestedOfSurgery(date("2026-04-30"))
                        .promised(Instant.parse("2026-03-31T23:59:59Z"), BEN)
                        .completionReported(Instant.parse("2026-04-01T00:00:00Z"), BEN)
                        .kept(Instant.parse("2026-04-01T00:00:00Z"), ANNA),
                requestedOfSurgery(date("2026-04-30")).promised(Instant.parse("2026-03-01T00:00:00Z"), BEN));

        assertThat(organisation(ledger("2026-03-01", "2026-03-31"), SURGERY)).isEqualTo(counts(2, 0, 0, 0, 0, 0, 2, 0));
        assertThat(organisation(ledger("2026-04-01", "2026-04-01"), SURGERY)).isEqualTo(counts(0, 1, 0, 0, 0, 0, 1, 0));
        assertThat(organisation(ledger("2026-03-02", "2026-03-30"), SURGERY)).isEqualTo(counts(0, 0, 0, 0, 0, 0, 1, 0));
        assertThat(organisation(projection.handle(new FindAccountabilityLedgerQuery(PARTNERSHIP, null,
                date("2026-12-31"))), SURGERY)).isEqualTo(counts(2, 1, 0, 0, 0, 0, 1, 0));
    }

    @Test
    void daysEndAtMidnightInTheQueriedZone() {
        feed.play(requestedOfSurgery(date("2026-07-31")).promised(Instant.parse("2026-06-30T23:30:00Z"), BEN));
        ZoneId london = ZoneId.of("Europe/London");

        assertThat(organisation(projection.handle(new FindAccountabilityLedgerQuery(PARTNERSHIP, date("2026-06-01"),
                date("2026-06-30"), london)), SURGERY)).isEqualTo(NONE);
        assertThat(organisation(projection.handle(new FindAccountabilityLedgerQuery(PARTNERSHIP, date("2026-07-01"),
                date("2026-07-31"), london)), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1, 0));
        assertThat(organisation(ledger("2026-06-01", "2026-06-30"), SURGERY)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 1, 0));
    }

    @Test
    void anotherPartnershipsCommitmentsAreNotCounted() {
        feed.play(History.requested(OTHER_PARTNERSHIP, Requester.byMember(HOSPITAL), SURGERY, DUE, on("2026-03-02"),
                ANNA).promised(on("2026-03-03"), BEN));

        assertThat(ledger("2026-03-01", "2026-03-31").organisations()).isEmpty();
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new FindAccountabilityLedgerQuery(PARTNERSHIP, date("2026-04-01"), date("2026-03-31")))
                .hasMessage("from must not be after to (2026-03-31)");
    }

    @Test
    void theMonthlySeriesHasEveryMonthFromTheFirstActivityToTheMonthOfTo() {
        History membership = History.partnership(PARTNERSHIP).joined(on("2026-01-05"), SURGERY)
                .joined(on("2026-01-05"), COUNCIL);
        History january = requestedOfSurgery(date("2026-01-30")).promised(on("2026-01-12"), BEN)
                .completionReported(on("2026-01-20"), BEN).kept(on("2026-01-21"), ANNA);
        History april = requestedOfSurgery(date("2026-04-30")).promised(on("2026-04-02"), BEN)
                .withdrawn(on("2026-04-20"), BEN);
        History councilOpen = History.requested(PARTNERSHIP, Requester.byMember(HOSPITAL), COUNCIL,
                date("2026-04-25"), on("2026-04-01"), ANNA).promised(on("2026-04-03"), CARA).overdue();
        feed.play(membership, january, april, councilOpen);

        AccountabilitySeries series = projection.handle(
                FindAccountabilitySeriesQuery.monthly(PARTNERSHIP, date("2026-05-10")));

        assertThat(series.interval()).isEqualTo(SeriesInterval.MONTH);
        assertThat(series.organisations()).extracting(OrganisationSeries::organisation)
                .containsExactly(SURGERY, COUNCIL);
        assertThat(series.organisations().get(0)).isEqualTo(new OrganisationSeries(SURGERY, true, List.of(
                month("2026-01-01", "2026-01-31", counts(1, 1, 0, 0, 0, 0, 0, 0)),
                month("2026-02-01", "2026-02-28", NONE),
                month("2026-03-01", "2026-03-31", NONE),
                month("2026-04-01", "2026-04-30", counts(1, 0, 0, 1, 0, 0, 0, 0)),
                month("2026-05-01", "2026-05-10", NONE))));
        assertThat(series.organisations().get(1).periods()).containsExactly(
                month("2026-01-01", "2026-01-31", NONE),
                month("2026-02-01", "2026-02-28", NONE),
                month("2026-03-01", "2026-03-31", NONE),
                month("2026-04-01", "2026-04-30", counts(1, 0, 0, 0, 0, 0, 1, 1)),
                month("2026-05-01", "2026-05-10", counts(0, 0, 0, 0, 0, 0, 1, 1)));
    }

    @Test
    void eachMonthOfTheSeriesCountsAsTheLedgerOfThatMonth() {
        feed.play(
                promisedBySurgery(DUE).overdue().handOverProposed(on("2026-03-22"), BEN, COUNCIL)
                        .handOverAccepted(on("2026-04-02"), CARA)
                        .completionReported(on("2026-05-03"), CARA).kept(on("2026-05-04"), ANNA),
                promisedBySurgery(DUE).released(on("2026-04-12"), ANNA),
                requestedOfSurgery(DUE).declined(on("2026-03-04"), BEN));

        AccountabilitySeries series = projection.handle(new FindAccountabilitySeriesQuery(PARTNERSHIP,
                SeriesInterval.MONTH, date("2026-02-14"), date("2026-05-31"), null));

        for (OrganisationSeries organisation : series.organisations()) {
            assertThat(organisation.periods()).hasSize(4);
            for (AccountabilityPeriod period : organisation.periods()) {
                AccountabilityLedger ledger = projection.handle(
                        new FindAccountabilityLedgerQuery(PARTNERSHIP, period.start(), period.end()));
                assertThat(period.counts()).as("%s in %s", organisation.organisation(), period.start())
                        .isEqualTo(organisation(ledger, organisation.organisation()));
            }
        }
        assertThat(series.organisations()).extracting(OrganisationSeries::organisation)
                .containsExactly(SURGERY, COUNCIL);
    }

    @Test
    void aPartnershipWithoutActivityHasAnEmptySeries() {
        assertThat(projection.handle(FindAccountabilitySeriesQuery.monthly(PARTNERSHIP, date("2026-05-10")))
                .organisations()).isEmpty();
    }

    @Test
    void resetThenReplayGivesTheSameLedgerAndSeries() {
        History membership = History.partnership(PARTNERSHIP).joined(on("2026-01-05"), SURGERY)
                .joined(on("2026-01-05"), COUNCIL).withdrew(on("2026-04-20"), SURGERY);
        List<History> histories = List.of(membership,
                promisedBySurgery(DUE).overdue().handOverProposed(on("2026-03-22"), BEN, COUNCIL)
                        .handOverAccepted(on("2026-03-23"), CARA)
                        .renegotiated(on("2026-03-24"), CARA, CommitmentSide.PERFORMER, date("2026-04-15"),
                                on("2026-03-25"), ANNA)
                        .completionReported(on("2026-04-14"), CARA).kept(on("2026-04-16"), ANNA),
                promisedBySurgery(DUE).withdrawn(on("2026-03-12"), BEN),
                requestedOfSurgery(DUE).declined(on("2026-03-04"), BEN));
        feed.play(histories.toArray(History[]::new));
        AccountabilityLedger ledger = ledger("2026-01-01", "2026-06-30");
        AccountabilitySeries series = projection.handle(FindAccountabilitySeriesQuery.monthly(PARTNERSHIP,
                date("2026-06-30")));
        assertThat(organisation(ledger, COUNCIL)).isEqualTo(counts(0, 0, 1, 0, 0, 0, 0, 0));

        feed.reset();
        assertThat(ledger("2026-01-01", "2026-06-30").organisations()).isEmpty();
        feed.playOneAfterAnother(List.of(histories.get(3), histories.get(2), histories.get(1), histories.get(0)));

        assertThat(ledger("2026-01-01", "2026-06-30")).isEqualTo(ledger);
        assertThat(projection.handle(FindAccountabilitySeriesQuery.monthly(PARTNERSHIP, date("2026-06-30"))))
                .isEqualTo(series);
    }

    private static History requestedOfSurgery(LocalDate due) {
        return History.requested(PARTNERSHIP, Requester.byMember(HOSPITAL), SURGERY, due, on("2026-03-02"), ANNA);
    }

    private static History promisedBySurgery(LocalDate due) {
        return requestedOfSurgery(due).promised(on("2026-03-03"), BEN);
    }

    private AccountabilityLedger ledger(String from, String to) {
        return projection.handle(new FindAccountabilityLedgerQuery(PARTNERSHIP, date(from), date(to)));
    }

    private static AccountabilityCounts organisation(AccountabilityLedger ledger, OrganisationId organisation) {
        return ledger.organisations().stream().filter(line -> line.organisation().equals(organisation))
                .map(OrganisationAccountability::counts).findFirst().orElse(NONE);
    }

    private static AccountabilityCounts person(AccountabilityLedger ledger, Actor actor) {
        return ledger.people().stream()
                .filter(line -> line.person().equals(actor.person()) && line.organisation().equals(actor.organisation()))
                .map(PersonAccountability::counts).findFirst().orElseThrow();
    }

    private static AccountabilityPeriod month(String start, String end, AccountabilityCounts counts) {
        return new AccountabilityPeriod(date(start), date(end), counts);
    }

    private static AccountabilityCounts counts(int made, int keptOnTime, int keptLate, int withdrawn, int released,
                                               int declined, int open, int overdue) {
        return AccountabilityCounts.of(made, keptOnTime, keptLate, withdrawn, released, declined, open, overdue);
    }
}
