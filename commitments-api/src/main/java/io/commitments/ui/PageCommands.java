package io.commitments.ui;

import io.commitments.config.ViewConsistency;
import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sends a form's commands as the API does: all of them in one transaction, and, once committed, waits until
 * the views include their events, so the page shown next shows what was just done. Bad input and the rules'
 * refusals come back as a {@link FormProblem} for the page to show beside the form; nothing is stored then.
 */
@Component
class PageCommands {

    /** The results of a form's commands in order, or the problem that stopped them. */
    record Outcome(List<Object> results, FormProblem problem) {
        boolean accepted() {
            return problem == null;
        }
    }

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final ViewConsistency views;

    PageCommands(CommandGateway commands, TransactionTemplate transaction, ViewConsistency views) {
        this.commands = commands;
        this.transaction = transaction;
        this.views = views;
    }

    /**
     * @param form    the form's name on its page
     * @param fields  the fields the form shows: a message about any other field is shown for the whole form
     * @param entered what was posted, kept to fill the form again
     * @param build   makes the commands from the input; may fail with a {@link FieldException}
     */
    Outcome submit(String form, Set<String> fields, Map<String, String> entered, Supplier<List<?>> build) {
        Map<String, String> kept = new HashMap<>(entered);
        kept.remove("_csrf");
        List<?> toSend;
        try {
            toSend = build.get();
        } catch (FieldException bad) {
            return refused(form, fields, bad.field(), bad.getMessage(), 400, kept);
        }
        views.trackPublished();
        try {
            List<Object> results = transaction.execute(status -> {
                List<Object> answers = new ArrayList<>();
                toSend.forEach(command -> answers.add(commands.sendAndWait(command)));
                return answers;
            });
            views.awaitPublished();
            return new Outcome(results, null);
        } catch (InvalidCommandException invalid) {
            return refused(form, fields, invalid.field(), sentence(invalid.getMessage()), 400, kept);
        } catch (NotPermittedException notYours) {
            return refused(form, fields, null, sentence(notYours.getMessage()), 403, kept);
        } catch (RuleViolationException notNow) {
            return refused(form, fields, null, sentence(notNow.getMessage()), 409, kept);
        } catch (ConcurrencyException concurrent) {
            return refused(form, fields, null,
                    "Someone else changed this at the same moment. Nothing was saved; please try again.", 409, kept);
        } catch (AggregateNotFoundException missing) {
            return refused(form, fields, null, "This no longer exists.", 404, kept);
        } finally {
            views.stopTracking();
        }
    }

    private static Outcome refused(String form, Set<String> fields, String field, String message, int status,
                                   Map<String, String> entered) {
        String shownAt = field != null && fields.contains(field) ? field : null;
        return new Outcome(List.of(), new FormProblem(form, shownAt, message, status, entered));
    }

    /** "reason is required" reads as "Reason is required." beside a form. */
    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "This was not accepted.";
        }
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
