package io.commitments.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A bearer token names a person the application knows: its username claim ({@code preferred_username},
 * else {@code sub}) must be a registered username. Roles and organisation come from the application's
 * own record of that person, never from the token, so a token cannot grant more than the person has.
 */
class JwtPersonConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final PersonAccounts accounts;

    JwtPersonConverter(PersonAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        AuthenticatedPerson person = accounts.find(username)
                .orElseThrow(() -> new BadCredentialsException("the token names no known person"));
        return UsernamePasswordAuthenticationToken.authenticated(person, jwt, person.getAuthorities());
    }
}
