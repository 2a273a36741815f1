package io.commitments.ui;

import io.commitments.core.api.partnership.FindPartnershipsQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.function.Predicate;

/** Sign-in, and the home page: the partnerships the signed-in person takes part in. */
@Controller
class HomeController {

    private final QueryGateway queries;
    private final Participation participation;

    HomeController(QueryGateway queries, Participation participation) {
        this.queries = queries;
        this.participation = participation;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                 Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        Predicate<PartnershipId> readable = participation.readable();
        List<PartnershipSummary> mine = queries.query(new FindPartnershipsQuery(),
                        ResponseTypes.multipleInstancesOf(PartnershipSummary.class)).join().stream()
                .filter(partnership -> readable.test(partnership.id()))
                .toList();
        model.addAttribute("partnerships", mine);
        return "home";
    }
}
