-- Responses to POSTs sent with an Idempotency-Key, per caller; stored in the same transaction as the
-- command's events, so a retry after a lost response gets the first response and stores nothing new.
CREATE TABLE idempotency_key (
    caller          VARCHAR(100)  NOT NULL,
    idempotency_key VARCHAR(200)  NOT NULL,
    request_hash    VARCHAR(64)   NOT NULL,
    status          INTEGER,
    location        VARCHAR(2000),
    content_type    VARCHAR(200),
    body            BYTEA,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
