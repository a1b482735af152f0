-- Bellwether results store, schema 1. The same file runs on SQLite and PostgreSQL: portable types only, ids
-- assigned by the application under the import lock (no SERIAL, no AUTOINCREMENT), and one placeholder,
-- ${change_table_options}, which is WITHOUT ROWID on SQLite (the change tables are read in key order, so a
-- clustered key halves their size there) and empty on PostgreSQL.
--
-- Versions are append-only. A version stores only what changed against the election's previous version: a
-- row in a *_change table holds the state of one key from that version on; a row whose position is NULL says
-- the key is gone. The state as of version V is, per key, the row with the highest version <= V.

-- One row, updated first by every import: on both databases that write lock serialises imports, which is
-- what makes the next version number and the next dictionary ids safe to compute as MAX + 1.
CREATE TABLE import_lock (
    id      INTEGER PRIMARY KEY,
    imports BIGINT  NOT NULL
);
INSERT INTO import_lock (id, imports) VALUES (1, 0);

CREATE TABLE election (
    election_id   INTEGER      PRIMARY KEY,
    election_key  VARCHAR(80)  NOT NULL UNIQUE,
    name          TEXT         NOT NULL,
    election_date VARCHAR(10)
);

-- Version numbers are global to the store, so that a version number alone names one state of one election.
CREATE TABLE election_version (
    version        INTEGER      PRIMARY KEY,
    election_id    INTEGER      NOT NULL REFERENCES election (election_id),
    imported_at_ms BIGINT       NOT NULL,
    software       VARCHAR(100) NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    name           TEXT         NOT NULL,
    election_type  VARCHAR(20)  NOT NULL,
    tally_count    INTEGER      NOT NULL,
    change_count   INTEGER      NOT NULL
);
CREATE INDEX election_version_by_election ON election_version (election_id, version);

CREATE TABLE version_source (
    version  INTEGER      NOT NULL REFERENCES election_version (version),
    position INTEGER      NOT NULL,
    path     TEXT         NOT NULL,
    sha256   CHAR(64)     NOT NULL,
    reader   VARCHAR(100) NOT NULL,
    PRIMARY KEY (version, position)
);

CREATE TABLE version_note (
    version  INTEGER NOT NULL REFERENCES election_version (version),
    position INTEGER NOT NULL,
    note     TEXT    NOT NULL,
    PRIMARY KEY (version, position)
);

CREATE TABLE contest_change (
    election_id INTEGER NOT NULL,
    contest_id  INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    position    INTEGER,
    name        TEXT    NOT NULL,
    vote_for    INTEGER,
    PRIMARY KEY (election_id, contest_id, version)
);

CREATE TABLE choice_change (
    election_id INTEGER NOT NULL,
    contest_id  INTEGER NOT NULL,
    choice_id   INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    position    INTEGER,
    name        TEXT    NOT NULL,
    party       TEXT,
    write_in    BOOLEAN,
    PRIMARY KEY (election_id, contest_id, choice_id, version)
);

CREATE TABLE unit_change (
    election_id INTEGER     NOT NULL,
    unit_id     INTEGER     NOT NULL,
    version     INTEGER     NOT NULL,
    position    INTEGER,
    unit_key    TEXT        NOT NULL,
    name        TEXT,
    unit_level  VARCHAR(20),
    parent_key  TEXT,
    PRIMARY KEY (election_id, unit_id, version)
);

CREATE TABLE vote_type_change (
    election_id  INTEGER      NOT NULL,
    vote_type_id INTEGER      NOT NULL,
    version      INTEGER      NOT NULL,
    position     INTEGER,
    label        TEXT         NOT NULL,
    category     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (election_id, vote_type_id, version)
);

-- position: the tally's row in the election's tally table, which fixes the order outputs list units in.
CREATE TABLE tally_change (
    election_id  INTEGER NOT NULL,
    contest_id   INTEGER NOT NULL,
    choice_id    INTEGER NOT NULL,
    unit_id      INTEGER NOT NULL,
    vote_type_id INTEGER NOT NULL,
    version      INTEGER NOT NULL,
    position     INTEGER,
    votes        INTEGER,
    PRIMARY KEY (election_id, contest_id, choice_id, unit_id, vote_type_id, version)
)${change_table_options};

-- contest_id is -1 for a statistic about the whole ballot (registered voters, ballots cast).
CREATE TABLE statistic_change (
    election_id  INTEGER     NOT NULL,
    unit_id      INTEGER     NOT NULL,
    contest_id   INTEGER     NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    vote_type_id INTEGER     NOT NULL,
    version      INTEGER     NOT NULL,
    position     INTEGER,
    amount       BIGINT,
    PRIMARY KEY (election_id, unit_id, contest_id, kind, vote_type_id, version)
)${change_table_options};
