-- Decision register (projection "decision-register"). Events of different aggregates (decision, meeting,
-- commitment) may be handled in any order across segments, so each table is written from one aggregate's events
-- only and the register joins them when it is read.

-- From the decision's own events.
CREATE TABLE decision_register (
    decision_id    UUID           NOT NULL PRIMARY KEY,
    partnership_id UUID           NOT NULL,
    meeting_id     UUID           NOT NULL,
    proposal_id    UUID           NOT NULL,
    title          VARCHAR(200)   NOT NULL,
    text           VARCHAR(10000) NOT NULL,
    serves_outcome UUID,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    rescinded_at   TIMESTAMP WITH TIME ZONE,
    rescind_reason VARCHAR(10000),
    superseded_by  UUID
);

CREATE INDEX decision_register_partnership ON decision_register (partnership_id, recorded_at);

CREATE TABLE decision_register_position (
    decision_id     UUID           NOT NULL,
    position_no     INTEGER        NOT NULL,
    organisation_id UUID           NOT NULL,
    position        VARCHAR(20)    NOT NULL,
    reason          VARCHAR(10000),
    PRIMARY KEY (decision_id, position_no)
);

CREATE TABLE decision_register_contest (
    note_id         UUID           NOT NULL PRIMARY KEY,
    decision_id     UUID           NOT NULL,
    organisation_id UUID           NOT NULL,
    note            VARCHAR(10000) NOT NULL,
    attached_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX decision_register_contest_decision ON decision_register_contest (decision_id);

CREATE TABLE decision_register_action (
    commitment_id UUID           NOT NULL PRIMARY KEY,
    decision_id   UUID           NOT NULL,
    performer_id  UUID           NOT NULL,
    description   VARCHAR(10000) NOT NULL,
    due_date      DATE           NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX decision_register_action_decision ON decision_register_action (decision_id);

-- From the meeting's events: what the register says about the meeting that took a decision.
CREATE TABLE decision_register_meeting (
    meeting_id    UUID         NOT NULL PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    scheduled_for TIMESTAMP WITH TIME ZONE NOT NULL
);

-- From the commitment's events, for commitments whose requester is a decision.
CREATE TABLE decision_register_commitment (
    commitment_id  UUID           NOT NULL PRIMARY KEY,
    decision_id    UUID           NOT NULL,
    partnership_id UUID           NOT NULL,
    performer_id   UUID           NOT NULL,
    description    VARCHAR(10000) NOT NULL,
    due_date       DATE           NOT NULL,
    state          VARCHAR(30)    NOT NULL,
    overdue        BOOLEAN        NOT NULL,
    kept_on_time   BOOLEAN,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX decision_register_commitment_partnership ON decision_register_commitment (partnership_id);
