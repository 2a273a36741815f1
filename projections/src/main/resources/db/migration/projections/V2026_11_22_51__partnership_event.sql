-- Which partnership each stored event belongs to (NULL: none), written by the processor "partnership-events".
-- A partnership's history is read through it in order; the event identifier lets the audit notice rows that
-- were put into the event store behind the application's back (they have no row here).
CREATE TABLE partnership_event (
    global_index     BIGINT       NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL,
    partnership_id   UUID
);

CREATE INDEX partnership_event_by_partnership ON partnership_event (partnership_id, global_index);
