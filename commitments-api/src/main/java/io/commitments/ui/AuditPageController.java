package io.commitments.ui;

import io.commitments.audit.AsOfReplay;
import io.commitments.audit.Ledger;
import io.commitments.audit.PartnershipHistory;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipOverview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The auditor's page: the partnership's history in order (who, when, what), its state as of a past date
 * rebuilt from the events, and a check of the hash chain. Checking changes nothing, so it is a GET that
 * auditors may use as well.
 */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 50;

    private final Participation participation;
    private final Directory directory;
    private final Dates dates;
    private final PartnershipHistory history;
    private final AsOfReplay replay;
    private final Ledger ledger;

    AuditPageController(Participation participation, Directory directory, Dates dates, PartnershipHistory history,
                        AsOfReplay replay, Ledger ledger) {
        this.participation = participation;
        this.directory = directory;
        this.dates = dates;
        this.history = history;
        this.replay = replay;
        this.ledger = ledger;
    }

    @GetMapping("/partnerships/{partnershipId}/audit")
    String audit(@PathVariable UUID partnershipId,
                 @RequestParam(required = false) LocalDate asOf,
                 @RequestParam(defaultValue = "0") long from,
                 @RequestParam(defaultValue = "false") boolean verify,
                 Model model) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        PartnershipOverview overview = participation.overview(partnership);
        model.addAttribute("overview", overview);
        model.addAttribute("partnership", overview.partnership());
        model.addAttribute("viewer", participation.viewer(overview));
        model.addAttribute("names", directory.names());
        model.addAttribute("section", "audit");
        model.addAttribute("history", history.page(partnership, Math.max(0, from), PAGE_SIZE));
        model.addAttribute("asOf", asOf);
        if (asOf != null) {
            model.addAttribute("past", replay.partnership(partnership,
                    replay.at(asOf.plusDays(1).atStartOfDay(dates.zone()).toInstant().minusMillis(1))).orElse(null));
        }
        if (verify) {
            model.addAttribute("verification", ledger.verify(partnership, null));
        }
        return "audit";
    }
}
