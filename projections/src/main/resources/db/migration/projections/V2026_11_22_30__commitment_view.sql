-- Commitment view (projection "commitment-view"): one row per commitment as it stands, and its timeline.
CREATE TABLE commitment_view (
    commitment_id              UUID           NOT NULL PRIMARY KEY,
    partnership_id             UUID           NOT NULL,
    requester_organisation_id  UUID,
    requester_decision_id      UUID,
    performer_id               UUID           NOT NULL,
    promised_by_person_id      UUID,
    pending_promisor_id        UUID,
    description                VARCHAR(10000) NOT NULL,
    conditions_of_satisfaction VARCHAR(10000),
    outcome                    VARCHAR(10000),
    due_date                   DATE           NOT NULL,
    state                      VARCHAR(30)    NOT NULL,
    overdue                    BOOLEAN        NOT NULL,
    progress_status            VARCHAR(20),
    progress_note              VARCHAR(10000),
    proposed_due_date          DATE,
    hand_over_to               UUID,
    requested_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    promised_at                TIMESTAMP WITH TIME ZONE,
    ended_at                   TIMESTAMP WITH TIME ZONE,
    kept_on_time               BOOLEAN,
    version                    BIGINT         NOT NULL
);

CREATE INDEX commitment_view_partnership ON commitment_view (partnership_id, due_date);

CREATE TABLE commitment_timeline (
    commitment_id         UUID           NOT NULL,
    sequence_number       BIGINT         NOT NULL,
    event_type            VARCHAR(100)   NOT NULL,
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_person_id       UUID,
    actor_organisation_id UUID,
    summary               VARCHAR(300)   NOT NULL,
    reason                VARCHAR(10000),
    PRIMARY KEY (commitment_id, sequence_number)
);
