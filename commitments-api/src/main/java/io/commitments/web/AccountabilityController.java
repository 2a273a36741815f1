package io.commitments.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.commitments.core.api.accountability.AccountabilityCounts;
import io.commitments.core.api.accountability.AccountabilityLedger;
import io.commitments.core.api.accountability.AccountabilitySeries;
import io.commitments.core.api.accountability.FindAccountabilityLedgerQuery;
import io.commitments.core.api.accountability.FindAccountabilitySeriesQuery;
import io.commitments.core.api.accountability.FindFollowThroughQuery;
import io.commitments.core.api.accountability.FollowThroughBoard;
import io.commitments.core.api.accountability.SeriesInterval;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Who keeps what they promise in a partnership, over time, and what needs chasing today. "Today" is the
 * application clock's date in UTC.
 */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}")
class AccountabilityController {

    /** The ledger: per organisation and per person, the counts flat beside whom they are about. */
    record LedgerResponse(PartnershipId partnershipId, LocalDate from, LocalDate to,
                          List<OrganisationLine> organisations, List<PersonLine> people) {

        static LedgerResponse of(AccountabilityLedger ledger) {
            return new LedgerResponse(ledger.partnershipId(), ledger.from(), ledger.to(),
                    ledger.organisations().stream()
                            .map(line -> new OrganisationLine(line.organisation(), line.member(), line.counts()))
                            .toList(),
                    ledger.people().stream()
                            .map(line -> new PersonLine(line.person(), line.organisation(), line.counts()))
                            .toList());
        }
    }

    record OrganisationLine(OrganisationId organisationId, boolean member,
                            @JsonUnwrapped AccountabilityCounts counts) {
    }

    record PersonLine(PersonId personId, OrganisationId organisationId, @JsonUnwrapped AccountabilityCounts counts) {
    }

    /** The same counts per organisation per period. */
    record SeriesResponse(PartnershipId partnershipId, SeriesInterval interval, LocalDate from, LocalDate to,
                          List<OrganisationSeriesLine> organisations) {

        static SeriesResponse of(AccountabilitySeries series, LocalDate from, LocalDate to) {
            return new SeriesResponse(series.partnershipId(), series.interval(), from, to,
                    series.organisations().stream()
                            .map(line -> new OrganisationSeriesLine(line.organisation(), line.member(),
                                    line.periods().stream()
                                            .map(period -> new PeriodLine(period.start(), period.end(),
                                                    period.counts()))
                                            .toList()))
                            .toList());
        }
    }

    record OrganisationSeriesLine(OrganisationId organisationId, boolean member, List<PeriodLine> periods) {
    }

    record PeriodLine(LocalDate start, LocalDate end, @JsonUnwrapped AccountabilityCounts counts) {
    }

    private final QueryGateway queries;
    private final PartnershipAccess partnerships;
    private final Clock clock;

    AccountabilityController(QueryGateway queries, PartnershipAccess partnerships, Clock clock) {
        this.queries = queries;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    @GetMapping("/accountability")
    LedgerResponse ledger(@PathVariable UUID partnershipId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to) {
        PartnershipId partnership = partnerships.require(partnershipId);
        FindAccountabilityLedgerQuery query = new FindAccountabilityLedgerQuery(partnership, from,
                to == null ? today() : to);
        return LedgerResponse.of(queries.query(query, AccountabilityLedger.class).join());
    }

    @GetMapping("/accountability/series")
    SeriesResponse series(@PathVariable UUID partnershipId,
                          @RequestParam(defaultValue = "MONTH") SeriesInterval interval,
                          @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to) {
        PartnershipId partnership = partnerships.require(partnershipId);
        LocalDate until = to == null ? today() : to;
        FindAccountabilitySeriesQuery query = new FindAccountabilitySeriesQuery(partnership, interval, from, until,
                null);
        return SeriesResponse.of(queries.query(query, AccountabilitySeries.class).join(), from, until);
    }

    @GetMapping("/follow-through")
    FollowThroughBoard followThrough(@PathVariable UUID partnershipId,
                                     @RequestParam(defaultValue = "" + FindFollowThroughQuery.DEFAULT_DUE_SOON_DAYS)
                                     int dueSoonDays) {
        PartnershipId partnership = partnerships.require(partnershipId);
        return queries.query(new FindFollowThroughQuery(partnership, today(), dueSoonDays), FollowThroughBoard.class)
                .join();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
