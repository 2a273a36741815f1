-- The hash chain of each partnership's history as it was when each event was first projected, written by the
-- single-segment processor "ledger" (never replayed: a rebuild would copy whatever is stored now).
-- link = SHA-256(link of the previous event of the partnership || canonical bytes of this event), hex.
CREATE TABLE ledger_link (
    partnership_id UUID        NOT NULL,
    global_index   BIGINT      NOT NULL,
    previous_index BIGINT,
    event_count    BIGINT      NOT NULL,
    link           VARCHAR(64) NOT NULL,
    PRIMARY KEY (partnership_id, global_index)
);
