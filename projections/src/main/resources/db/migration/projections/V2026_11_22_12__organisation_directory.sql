-- Organisation directory: one row per registered organisation (projection "organisation-directory").
CREATE TABLE organisation_directory (
    organisation_id UUID         NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
