-- "As of" a moment: the first event stored after an instant, found by a range lookup instead of a scan of the
-- event store (Axon's createTokenAt scans: its time_stamp is text and unindexed, upstream issue #1100).
-- Axon writes every time_stamp in one fixed-width form, 2026-05-01T09:30:00.000Z (DateTimeUtils.formatInstant:
-- four-digit year, milliseconds always present, UTC), so text order is time order.
CREATE INDEX domain_event_entry_time_stamp ON domain_event_entry (time_stamp, global_index);
