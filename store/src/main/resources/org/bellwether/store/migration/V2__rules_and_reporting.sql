-- Schema 2: what a source says about a contest's rule and about how complete its count is, and which state an
-- election belongs to and whether a version is certified. Columns are added, never changed, so a store of
-- schema 1 keeps every version; its rows read back with no declared rule, reporting unknown, no state and
-- unofficial, which is what schema 1 knew.
ALTER TABLE election_version ADD COLUMN state_code VARCHAR(2);
ALTER TABLE election_version ADD COLUMN certification VARCHAR(20);

ALTER TABLE contest_change ADD COLUMN declared_rule TEXT;
ALTER TABLE contest_change ADD COLUMN declared_basis TEXT;
ALTER TABLE contest_change ADD COLUMN reporting_completeness VARCHAR(10);
ALTER TABLE contest_change ADD COLUMN units_reporting BIGINT;
ALTER TABLE contest_change ADD COLUMN units_expected BIGINT;
ALTER TABLE contest_change ADD COLUMN unit_noun VARCHAR(40);
ALTER TABLE contest_change ADD COLUMN reporting_basis TEXT;
