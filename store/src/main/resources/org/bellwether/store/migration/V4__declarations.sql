-- Schema 4: what a newsroom declares about a contest beside the count: that its result is certified, or a manual
-- race call (who called it, for whom, when and why), and the retraction of either. Append-only like versions: a
-- retraction is a row of its own naming the row it retracts, so the history of every call stays readable.
-- Contests and choices are named as the election's versions name them (contest ids are per-version positions in
-- the API). Ids are global to the store and assigned as MAX + 1 under the import lock, like version numbers.
-- (Schema 3 belongs to another change; Flyway allows the gap.)
CREATE TABLE declaration (
    declaration_id INTEGER     PRIMARY KEY,
    election_id    INTEGER     NOT NULL REFERENCES election (election_id),
    contest_name   TEXT        NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    choice_name    TEXT,
    retracts       INTEGER     REFERENCES declaration (declaration_id),
    declared_by    TEXT        NOT NULL,
    reason         TEXT        NOT NULL,
    declared_at_ms BIGINT      NOT NULL,
    as_of_version  INTEGER     NOT NULL REFERENCES election_version (version)
);
CREATE INDEX declaration_by_election ON declaration (election_id, declaration_id);
