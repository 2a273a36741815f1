package io.commitments.security;

import io.commitments.core.api.RuleViolationException;

/** Usernames are unique: a second person cannot be registered under one already in use. */
public class UsernameTakenException extends RuleViolationException {

    public UsernameTakenException(String username) {
        super("person.username-taken", "username " + username + " is already taken");
    }
}
