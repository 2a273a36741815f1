package io.commitments.security;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.Set;

/** A signed-in person: who they are, the organisation they act for, and their roles. */
public record AuthenticatedPerson(PersonId personId,
                                  String username,
                                  String displayName,
                                  OrganisationId organisationId,
                                  Set<Role> roles,
                                  String passwordHash) implements UserDetails {

    public Actor actor() {
        return new Actor(personId, organisationId);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "AuthenticatedPerson[" + username + ", " + roles + "]";
    }
}
