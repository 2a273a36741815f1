-- Sign-in accounts of people: written in the same transaction as PersonRegisteredEvent. Passwords are
-- kept here as one-way hashes and never appear in an event.
CREATE TABLE person_account (
    person_id       UUID         NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    organisation_id UUID,
    roles           VARCHAR(100) NOT NULL,
    CONSTRAINT person_account_username UNIQUE (username)
);
