-- The partnerships a person takes part in (PartnershipsTakenPartInQuery) are found by person and by
-- organisation, not by partnership as the primary keys are ordered.
CREATE INDEX coordinator_lookup_person ON coordinator_lookup (person_id);
CREATE INDEX membership_lookup_organisation ON membership_lookup (organisation_id);
