-- Meeting view (projection "meeting-view"): one meeting as GET /api/meetings/{mid} shows it.
-- Every row comes from the meeting's own events, so they arrive in order.
CREATE TABLE meeting_view (
    meeting_id     UUID          NOT NULL PRIMARY KEY,
    partnership_id UUID          NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    scheduled_for  TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_rule  VARCHAR(20)   NOT NULL,
    quorum         INTEGER       NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    present        INTEGER,
    quorum_met     BOOLEAN,
    opened_at      TIMESTAMP WITH TIME ZONE,
    minutes        VARCHAR(10000),
    closed_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX meeting_view_partnership ON meeting_view (partnership_id);

CREATE TABLE meeting_view_agenda_item (
    meeting_id UUID           NOT NULL,
    item_no    INTEGER        NOT NULL,
    text       VARCHAR(10000) NOT NULL,
    PRIMARY KEY (meeting_id, item_no)
);

CREATE TABLE meeting_view_attendance (
    meeting_id      UUID        NOT NULL,
    organisation_id UUID        NOT NULL,
    listed_no       INTEGER     NOT NULL,
    status          VARCHAR(20) NOT NULL,
    PRIMARY KEY (meeting_id, organisation_id)
);

CREATE TABLE meeting_view_proposal (
    proposal_id    UUID           NOT NULL PRIMARY KEY,
    meeting_id     UUID           NOT NULL,
    tabled_no      INTEGER        NOT NULL,
    title          VARCHAR(200)   NOT NULL,
    text           VARCHAR(10000) NOT NULL,
    serves_outcome UUID,
    tabled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome        VARCHAR(20),
    decision_id    UUID,
    closed_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX meeting_view_proposal_meeting ON meeting_view_proposal (meeting_id, tabled_no);

-- Every position recorded, in order; an organisation's latest one is its current position.
CREATE TABLE meeting_view_position (
    proposal_id     UUID           NOT NULL,
    entry_no        INTEGER        NOT NULL,
    organisation_id UUID           NOT NULL,
    position        VARCHAR(20)    NOT NULL,
    reason          VARCHAR(10000),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (proposal_id, entry_no)
);
