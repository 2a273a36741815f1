-- Partnership overview (projection "partnership-overview"): membership, coordinators, shared purpose, counts,
-- outcome coverage and attendance. Events of different aggregates (partnership, meeting, decision, commitment)
-- may be handled in any order across segments, so each table is written from one aggregate's events only and
-- the overview is put together when read.

-- From the partnership's own events.
CREATE TABLE partnership_membership (
    partnership_id    UUID           NOT NULL,
    organisation_id   UUID           NOT NULL,
    membership_no     INTEGER        NOT NULL,
    joined_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawal_reason VARCHAR(10000),
    PRIMARY KEY (partnership_id, organisation_id, membership_no)
);

CREATE TABLE partnership_coordinator (
    partnership_id UUID NOT NULL,
    person_id      UUID NOT NULL,
    appointed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (partnership_id, person_id)
);

CREATE TABLE partnership_purpose (
    partnership_id     UUID           NOT NULL,
    version            INTEGER        NOT NULL,
    statement          VARCHAR(10000) NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    proposed_by_person UUID           NOT NULL,
    proposed_by_org    UUID,
    proposed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    adopted_at         TIMESTAMP WITH TIME ZONE,
    replaced_version   INTEGER,
    PRIMARY KEY (partnership_id, version)
);

CREATE TABLE partnership_purpose_outcome (
    partnership_id UUID           NOT NULL,
    version        INTEGER        NOT NULL,
    outcome_no     INTEGER        NOT NULL,
    outcome_id     UUID           NOT NULL,
    text           VARCHAR(10000) NOT NULL,
    PRIMARY KEY (partnership_id, version, outcome_no)
);

CREATE TABLE partnership_purpose_endorsement (
    partnership_id  UUID    NOT NULL,
    version         INTEGER NOT NULL,
    endorsement_no  INTEGER NOT NULL,
    organisation_id UUID    NOT NULL,
    endorsed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    lapsed_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (partnership_id, version, endorsement_no)
);

-- From meetings' events.
CREATE TABLE partnership_meeting (
    meeting_id     UUID NOT NULL PRIMARY KEY,
    partnership_id UUID NOT NULL
);

CREATE INDEX partnership_meeting_partnership ON partnership_meeting (partnership_id);

CREATE TABLE partnership_attendance (
    meeting_id      UUID        NOT NULL,
    organisation_id UUID        NOT NULL,
    partnership_id  UUID        NOT NULL,
    status          VARCHAR(20) NOT NULL,
    PRIMARY KEY (meeting_id, organisation_id)
);

CREATE INDEX partnership_attendance_partnership ON partnership_attendance (partnership_id);

-- From decisions' events.
CREATE TABLE partnership_decision (
    decision_id    UUID    NOT NULL PRIMARY KEY,
    partnership_id UUID    NOT NULL,
    serves_outcome UUID,
    in_force       BOOLEAN NOT NULL
);

CREATE INDEX partnership_decision_partnership ON partnership_decision (partnership_id);

-- From commitments' events: the facts the overview counts. outcome is the outcome id the commitment names,
-- in canonical form when it is one.
CREATE TABLE partnership_commitment (
    commitment_id  UUID         NOT NULL PRIMARY KEY,
    partnership_id UUID         NOT NULL,
    outcome        VARCHAR(10000),
    state          VARCHAR(30)  NOT NULL,
    overdue        BOOLEAN      NOT NULL
);

CREATE INDEX partnership_commitment_partnership ON partnership_commitment (partnership_id);
