package io.commitments.security;

import io.commitments.core.api.party.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person of the current request, as the actor recorded with their commands. */
@Component
public class CurrentActor {

    public AuthenticatedPerson person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedPerson person) {
            return person;
        }
        throw new IllegalStateException("no signed-in person: the security configuration lets no anonymous command through");
    }

    public Actor actor() {
        return person().actor();
    }
}
