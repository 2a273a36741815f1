-- One row per partnership: the lock that serialises the commands whose rules span the Partnership and
-- Commitment aggregates (a commitment made of an organisation, that organisation's withdrawal).
CREATE TABLE membership_guard (
    partnership_id UUID NOT NULL PRIMARY KEY
);
