-- A command answered from the views records its own response with its events, marked provisional, and the
-- answer from the views after them. If the node dies in between, a retry gets the provisional response once it
-- is overdue (commitments.http.idempotency-answer-overdue) instead of being told to wait for ever.
ALTER TABLE idempotency_key ADD COLUMN provisional BOOLEAN DEFAULT FALSE NOT NULL;
