package io.commitments.ui;

import io.commitments.core.api.accountability.AccountabilityLedger;
import io.commitments.core.api.accountability.AccountabilityPeriod;
import io.commitments.core.api.accountability.AccountabilitySeries;
import io.commitments.core.api.accountability.FindAccountabilityLedgerQuery;
import io.commitments.core.api.accountability.FindAccountabilitySeriesQuery;
import io.commitments.core.api.accountability.FindFollowThroughQuery;
import io.commitments.core.api.accountability.FollowThroughBoard;
import io.commitments.core.api.accountability.OrganisationSeries;
import io.commitments.core.api.accountability.SeriesInterval;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.decision.FindDecisionRegisterQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipOverview;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The read pages of a partnership's follow-through and accountability: what a coordinator chases today, who
 * keeps what they promise month by month, and the decision register with its dissent and follow-through.
 */
@Controller
class AccountabilityPagesController {

    /** How many months the accountability chart shows, ending with the current one. */
    static final int CHART_MONTHS = 12;

    private final QueryGateway queries;
    private final Participation participation;
    private final Directory directory;
    private final Dates dates;
    private final Clock clock;

    AccountabilityPagesController(QueryGateway queries, Participation participation, Directory directory, Dates dates,
                                  Clock clock) {
        this.queries = queries;
        this.participation = participation;
        this.directory = directory;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/partnerships/{partnershipId}/follow-through")
    String followThrough(@PathVariable UUID partnershipId, Model model) {
        PartnershipOverview overview = page(PartnershipId.of(partnershipId), "follow-through", model);
        model.addAttribute("board", queries.query(new FindFollowThroughQuery(overview.partnership().id(), today()),
                FollowThroughBoard.class).join());
        return "follow-through";
    }

    @GetMapping("/partnerships/{partnershipId}/accountability")
    String accountability(@PathVariable UUID partnershipId, Model model) {
        PartnershipOverview overview = page(PartnershipId.of(partnershipId), "accountability", model);
        PartnershipId partnership = overview.partnership().id();
        LocalDate today = today();
        LocalDate from = today.withDayOfMonth(1).minusMonths(CHART_MONTHS - 1L);
        AccountabilityLedger ledger = queries.query(new FindAccountabilityLedgerQuery(partnership, null, today,
                dates.zone()), AccountabilityLedger.class).join();
        AccountabilitySeries series = queries.query(new FindAccountabilitySeriesQuery(partnership, SeriesInterval.MONTH,
                from, today, dates.zone()), AccountabilitySeries.class).join();
        Directory.Names names = (Directory.Names) model.getAttribute("names");
        model.addAttribute("ledger", ledger.organisations().stream()
                .sorted(Comparator.comparing(line -> names.organisation(line.organisation()))).toList());
        model.addAttribute("charts", series.organisations().stream()
                .sorted(Comparator.comparing(line -> names.organisation(line.organisation())))
                .map(AccountabilityPagesController::chart).toList());
        model.addAttribute("from", from);
        return "accountability";
    }

    @GetMapping("/partnerships/{partnershipId}/decisions")
    String decisions(@PathVariable UUID partnershipId, Model model) {
        PartnershipOverview overview = page(PartnershipId.of(partnershipId), "decisions", model);
        List<DecisionRegisterEntry> register = new ArrayList<>(queries.query(
                new FindDecisionRegisterQuery(overview.partnership().id()),
                ResponseTypes.multipleInstancesOf(DecisionRegisterEntry.class)).join());
        register.sort(Comparator.comparing(DecisionRegisterEntry::recordedAt).reversed());
        model.addAttribute("register", register);
        return "decisions";
    }

    private PartnershipOverview page(PartnershipId partnership, String section, Model model) {
        PartnershipOverview overview = participation.overview(partnership);
        model.addAttribute("overview", overview);
        model.addAttribute("partnership", overview.partnership());
        model.addAttribute("viewer", participation.viewer(overview));
        model.addAttribute("names", directory.names());
        model.addAttribute("section", section);
        model.addAttribute("today", today());
        return overview;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(dates.zone()));
    }

    /**
     * One organisation's months as bars of a server-drawn chart: kept on time, kept late and withdrawn stacked,
     * scaled to the organisation's busiest month.
     */
    record Chart(OrganisationSeries series, List<Bar> bars, int scale) {
    }

    /** One month's bar: its heights in chart units (of 100) and the numbers they stand for. */
    record Bar(AccountabilityPeriod period, int x, double onTime, double late, double withdrawn) {
    }

    static final int BAR_SLOT = 40;

    static Chart chart(OrganisationSeries series) {
        int scale = Math.max(1, series.periods().stream()
                .mapToInt(p -> p.counts().keptOnTime() + p.counts().keptLate() + p.counts().withdrawn())
                .max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < series.periods().size(); i++) {
            AccountabilityPeriod period = series.periods().get(i);
            bars.add(new Bar(period, i * BAR_SLOT, 100.0 * period.counts().keptOnTime() / scale,
                    100.0 * period.counts().keptLate() / scale, 100.0 * period.counts().withdrawn() / scale));
        }
        return new Chart(series, bars, scale);
    }
}
