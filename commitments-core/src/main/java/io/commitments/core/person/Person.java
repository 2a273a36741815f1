package io.commitments.core.person;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.Require;
import io.commitments.core.api.person.PersonRegisteredEvent;
import io.commitments.core.api.person.RegisterPersonCommand;
import io.commitments.core.api.person.Role;
import io.commitments.core.api.party.PersonId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person who acts in partnerships: for their organisation as a member, or in a role of the system. */
@Aggregate
public class Person {

    @AggregateIdentifier
    private PersonId personId;

    protected Person() {
    }

    @CommandHandler
    public Person(RegisterPersonCommand command) {
        String username = Require.text("username", command.username(), 100);
        String displayName = Require.name("displayName", command.displayName());
        if (command.roles() == null || command.roles().isEmpty()) {
            throw new InvalidCommandException("roles", "roles must name at least one role");
        }
        if (command.roles().contains(Role.MEMBER) && command.organisationId() == null) {
            throw new InvalidCommandException("organisationId", "a MEMBER acts for an organisation: organisationId is required");
        }
        apply(new PersonRegisteredEvent(command.personId(), username, displayName, command.organisationId(),
                EnumSet.copyOf(command.roles())));
    }

    @EventSourcingHandler
    void on(PersonRegisteredEvent event) {
        this.personId = event.personId();
    }
}
