-- Which deadlines each scope (a commitment) holds, so cancelling them is a lookup by scope rather than a
-- read of every scheduled deadline (ScopeIndexedDeadlineManager). Deadlines scheduled before this table
-- existed are not listed: if one is not cancelled it still fires, and the commitment ignores an overdue
-- check it no longer holds.
CREATE TABLE deadline_scope (
    schedule_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    deadline_name VARCHAR(255) NOT NULL,
    scope         VARCHAR(1000) NOT NULL
);

CREATE INDEX deadline_scope_scope_idx ON deadline_scope (scope, deadline_name);
