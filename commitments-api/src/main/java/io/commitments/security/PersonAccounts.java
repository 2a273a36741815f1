package io.commitments.security;

import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The sign-in accounts of people, with hashed passwords; the source of HTTP Basic authentication. */
@Component
public class PersonAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    PersonAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(AuthenticatedPerson account) {
        try {
            jdbc.sql("""
                            INSERT INTO person_account
                                (person_id, username, password_hash, display_name, organisation_id, roles)
                            VALUES (:id, :username, :hash, :displayName, :organisation, :roles)""")
                    .param("id", account.personId().value())
                    .param("username", account.username())
                    .param("hash", account.passwordHash())
                    .param("displayName", account.displayName())
                    .param("organisation", account.organisationId() == null ? null : account.organisationId().value())
                    .param("roles", account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new UsernameTakenException(account.username());
        }
    }

    public Optional<AuthenticatedPerson> find(String username) {
        return jdbc.sql("SELECT * FROM person_account WHERE username = :username")
                .param("username", username)
                .query(PersonAccounts::account)
                .optional();
    }

    /** Whether a person with this id has an account (people exist only here, with their sign-in). */
    public boolean exists(PersonId personId) {
        return jdbc.sql("SELECT COUNT(*) FROM person_account WHERE person_id = :id")
                .param("id", personId.value())
                .query(Integer.class)
                .single() > 0;
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT roles FROM person_account").query(String.class).stream()
                .anyMatch(roles -> Arrays.asList(roles.split(",")).contains(role.name()));
    }

    @Override
    public AuthenticatedPerson loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    private static AuthenticatedPerson account(ResultSet row, int rowNumber) throws SQLException {
        UUID organisation = row.getObject("organisation_id", UUID.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : row.getString("roles").split(",")) {
            roles.add(Role.valueOf(role));
        }
        return new AuthenticatedPerson(
                PersonId.of(row.getObject("person_id", UUID.class)),
                row.getString("username"),
                row.getString("display_name"),
                organisation == null ? null : OrganisationId.of(organisation),
                roles,
                row.getString("password_hash"));
    }
}
