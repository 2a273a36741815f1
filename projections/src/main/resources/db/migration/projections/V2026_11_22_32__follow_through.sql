-- Follow-through board (projection "follow-through"): one row per open commitment; ended ones are removed.
CREATE TABLE follow_through_item (
    commitment_id             UUID           NOT NULL PRIMARY KEY,
    partnership_id            UUID           NOT NULL,
    requester_organisation_id UUID,
    requester_decision_id     UUID,
    performer_id              UUID           NOT NULL,
    description               VARCHAR(10000) NOT NULL,
    due_date                  DATE           NOT NULL,
    proposed_due_date         DATE,
    state                     VARCHAR(30)    NOT NULL,
    progress_status           VARCHAR(20),
    progress_note             VARCHAR(10000)
);

CREATE INDEX follow_through_item_partnership ON follow_through_item (partnership_id, due_date);
