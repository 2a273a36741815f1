package io.commitments.ui;

import io.commitments.security.AuthenticatedPerson;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every page needs: the signed-in person for the header, and failures shown as a calm page with a way
 * back, never a stack trace. Ordered before the API's advice, which answers the API's clients in JSON.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    @ModelAttribute("me")
    AuthenticatedPerson me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedPerson person
                ? person : null;
    }

    @ExceptionHandler({Participation.PageNotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(Exception ex, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("title", "Not found");
        model.addAttribute("message", ex instanceof Participation.PageNotFoundException
                ? ex.getMessage() : "This address names nothing that exists.");
        return "problem";
    }

    @ExceptionHandler(Participation.NotParticipantPageException.class)
    String notParticipant(Exception ex, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("title", "Not your partnership");
        model.addAttribute("message", ex.getMessage());
        return "problem";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception ex, Model model, HttpServletResponse response) {
        log.error("Unexpected failure while showing a page", ex);
        response.setStatus(500);
        model.addAttribute("title", "Something went wrong");
        model.addAttribute("message", "The page could not be shown. Nothing was changed; please try again.");
        return "problem";
    }
}
