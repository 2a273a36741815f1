package io.commitments.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in, and the home page: the partnerships the signed-in person takes part in. */
@Controller
class HomeController {

    private final Participation participation;

    HomeController(Participation participation) {
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
        model.addAttribute("partnerships", participation.readablePartnerships());
        return "home";
    }
}
