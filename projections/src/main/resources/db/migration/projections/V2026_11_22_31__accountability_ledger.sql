-- Accountability ledger (projection "accountability-ledger"): dated facts from which the ledger and its series
-- are counted for any range. Facts are attributed to the performer (and its answerable person) at the time.

-- What the projection remembers about each commitment between its events.
CREATE TABLE accountability_commitment (
    commitment_id         UUID NOT NULL PRIMARY KEY,
    partnership_id        UUID NOT NULL,
    performer_id          UUID NOT NULL,
    answerable_person_id  UUID,
    pending_promisor_id   UUID
);

-- One counted event: MADE, KEPT_ON_TIME, KEPT_LATE, WITHDRAWN, RELEASED or DECLINED.
CREATE TABLE accountability_fact (
    commitment_id   UUID        NOT NULL,
    sequence_number BIGINT      NOT NULL,
    partnership_id  UUID        NOT NULL,
    organisation_id UUID        NOT NULL,
    person_id       UUID,
    kind            VARCHAR(20) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (commitment_id, sequence_number)
);

CREATE INDEX accountability_fact_partnership ON accountability_fact (partnership_id, occurred_at);

-- While a promised commitment is open with one performer: from the promise (or take-over) to its end (or
-- hand-over).
CREATE TABLE accountability_open_period (
    commitment_id   UUID   NOT NULL,
    sequence_number BIGINT NOT NULL,
    partnership_id  UUID   NOT NULL,
    organisation_id UUID   NOT NULL,
    person_id       UUID,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (commitment_id, sequence_number)
);

CREATE INDEX accountability_open_period_partnership ON accountability_open_period (partnership_id, started_at);

-- While a commitment is recorded overdue: from the overdue event to a renegotiation that clears it, or its end.
CREATE TABLE accountability_overdue_period (
    commitment_id   UUID   NOT NULL,
    sequence_number BIGINT NOT NULL,
    partnership_id  UUID   NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (commitment_id, sequence_number)
);

-- Each membership of an organisation in a partnership, from joining to withdrawing.
CREATE TABLE accountability_membership (
    partnership_id  UUID   NOT NULL,
    organisation_id UUID   NOT NULL,
    sequence_number BIGINT NOT NULL,
    joined_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (partnership_id, sequence_number)
);
