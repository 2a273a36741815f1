-- The accountability ledger's reads of one partnership answered from the index alone (an index-only scan, where
-- the table is vacuumed): its facts counted by kind, organisation and person, and its periods open in a range.
-- Rows are written in the order events arrive from every partnership, so one partnership's facts lay on about as
-- many table pages as it had facts in the range (37 of 45 pages read for 228 facts at a million events).
DROP INDEX accountability_fact_partnership;
CREATE INDEX accountability_fact_partnership
    ON accountability_fact (partnership_id, occurred_at, kind, organisation_id, person_id);

DROP INDEX accountability_open_period_partnership;
CREATE INDEX accountability_open_period_partnership
    ON accountability_open_period (partnership_id, started_at, ended_at, commitment_id, organisation_id, person_id);
