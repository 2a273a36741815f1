-- The views moved from a processor each to one processor, "views" (EventProcessingConfiguration). Its token is new,
-- so it reads the store from the first event: the views' rows are emptied here and rebuilt by it at the first
-- start, and the tokens of the processors that no longer exist are dropped. The membership lookup (kept by the
-- commands themselves) and the ledger keep their processors, tables and tokens.
DELETE FROM token_entry WHERE processor_name IN ('partnership-overview', 'organisation-directory', 'commitment-view',
    'accountability-ledger', 'follow-through', 'meeting-view', 'decision-register', 'partnership-events');

DELETE FROM partnership_commitment;
DELETE FROM partnership_decision;
DELETE FROM partnership_attendance;
DELETE FROM partnership_meeting;
DELETE FROM partnership_purpose_endorsement;
DELETE FROM partnership_purpose_outcome;
DELETE FROM partnership_purpose;
DELETE FROM partnership_coordinator;
DELETE FROM partnership_membership;
DELETE FROM partnership_overview;
DELETE FROM organisation_directory;
DELETE FROM commitment_timeline;
DELETE FROM commitment_view;
DELETE FROM accountability_fact;
DELETE FROM accountability_open_period;
DELETE FROM accountability_overdue_period;
DELETE FROM accountability_membership;
DELETE FROM accountability_commitment;
DELETE FROM follow_through_item;
DELETE FROM meeting_view_position;
DELETE FROM meeting_view_proposal;
DELETE FROM meeting_view_attendance;
DELETE FROM meeting_view_agenda_item;
DELETE FROM meeting_view;
DELETE FROM decision_register_commitment;
DELETE FROM decision_register_meeting;
DELETE FROM decision_register_action;
DELETE FROM decision_register_contest;
DELETE FROM decision_register_position;
DELETE FROM decision_register;
DELETE FROM partnership_event;
