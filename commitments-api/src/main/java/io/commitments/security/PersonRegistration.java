package io.commitments.security;

import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.RegisterPersonCommand;
import io.commitments.core.api.person.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * Registers a person: the {@code PersonRegisteredEvent} (which validates the input) and the account with
 * its password hash commit in one transaction, so a taken username or a refused command leaves neither.
 */
@Service
public class PersonRegistration {

    private final PersonAccounts accounts;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;

    PersonRegistration(PersonAccounts accounts, PasswordEncoder passwords, CommandGateway commands) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.commands = commands;
    }

    @Transactional
    public PersonId register(String username, String displayName, String password,
                             OrganisationId organisationId, Set<Role> roles) {
        return register(PersonId.random(), username, displayName, password, organisationId, roles);
    }

    /** Registers a person under an id chosen by the caller (the demo signs people in as its actors). */
    @Transactional
    public PersonId register(PersonId id, String username, String displayName, String password,
                             OrganisationId organisationId, Set<Role> roles) {
        Set<Role> granted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        commands.sendAndWait(new RegisterPersonCommand(id, username, displayName, organisationId, granted));
        accounts.add(new AuthenticatedPerson(id, username.strip(), displayName.strip(), organisationId, granted,
                passwords.encode(password)));
        return id;
    }
}
