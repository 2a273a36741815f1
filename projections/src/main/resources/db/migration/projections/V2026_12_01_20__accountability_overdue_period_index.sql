-- A ledger read finds a partnership's overdue periods by partnership and start, as it does its facts and open
-- periods; without this index every read scanned the overdue periods of every partnership.
CREATE INDEX accountability_overdue_period_partnership ON accountability_overdue_period (partnership_id, started_at);
