-- Command-side lookup behind MembershipRegistry, written by the subscribing processor "membership-lookup"
-- in the same transaction as the events it reflects.
CREATE TABLE membership_lookup (
    partnership_id  UUID        NOT NULL,
    organisation_id UUID        NOT NULL,
    status          VARCHAR(20) NOT NULL,
    PRIMARY KEY (partnership_id, organisation_id)
);

CREATE TABLE coordinator_lookup (
    partnership_id UUID NOT NULL,
    person_id      UUID NOT NULL,
    PRIMARY KEY (partnership_id, person_id)
);

CREATE TABLE open_commitment_lookup (
    commitment_id  UUID NOT NULL PRIMARY KEY,
    partnership_id UUID NOT NULL,
    performer_id   UUID NOT NULL
);

CREATE INDEX open_commitment_lookup_performer ON open_commitment_lookup (partnership_id, performer_id);
