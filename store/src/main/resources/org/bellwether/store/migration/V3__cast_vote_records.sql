-- Schema 3: cast-vote records of ranked-choice contests, each import a version of its own (an election_version
-- row with no tallies). A version is stored whole, not as changes: its ballots are the distinct rankings with
-- how many ballots have each (what a count needs), and each ballot's id, batch, tabulator, precinct and ranking
-- in reading order (what an audit needs), packed into compressed blocks of up to 8,192 ballots, so that a million
-- ballots are a few hundred rows, not a million. ${binary_type} is BLOB on SQLite and BYTEA on PostgreSQL.

-- rule_config: the contest configuration the records were read under (an RCTab configuration's JSON), so that
-- the version is counted again under the same rule. undeclared_write_in: the candidate position that stands for
-- undeclared write-ins, or -1. content_sha256 of election_version covers candidates, rankings and every block.
CREATE TABLE cvr_version (
    version             INTEGER  PRIMARY KEY REFERENCES election_version (version),
    contest_name        TEXT     NOT NULL,
    rule_config         TEXT     NOT NULL,
    by_precinct         BOOLEAN  NOT NULL,
    undeclared_write_in INTEGER  NOT NULL,
    ballot_count        BIGINT   NOT NULL,
    ranking_count       INTEGER  NOT NULL,
    block_count         INTEGER  NOT NULL
);

CREATE TABLE cvr_candidate (
    version  INTEGER NOT NULL REFERENCES cvr_version (version),
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    write_in BOOLEAN NOT NULL,
    PRIMARY KEY (version, position)
);

-- marks: the ranking as rank:candidate pairs in rank order, separated by spaces ("1:4 2:0 2:7": candidate 0 and
-- 7 both at rank 2, an overvote); candidate 65535 is an explicit overvote. ballots: how many ballots have it.
CREATE TABLE cvr_ranking (
    version    INTEGER NOT NULL REFERENCES cvr_version (version),
    ranking_id INTEGER NOT NULL,
    marks      TEXT    NOT NULL,
    ballots    BIGINT  NOT NULL,
    PRIMARY KEY (version, ranking_id)
)${change_table_options};

-- kind: batch, tabulator or precinct; name_id: the index the blocks use; the empty name is "none given".
CREATE TABLE cvr_name (
    version INTEGER     NOT NULL REFERENCES cvr_version (version),
    kind    VARCHAR(10) NOT NULL,
    name_id INTEGER     NOT NULL,
    name    TEXT        NOT NULL,
    PRIMARY KEY (version, kind, name_id)
)${change_table_options};

-- data: deflated; per ballot, varints of its ranking, precinct, batch and tabulator ids, then its id front-coded
-- against the ballot before (the length of the prefix they share, the length of the rest, the rest in UTF-8).
CREATE TABLE cvr_ballot_block (
    version      INTEGER NOT NULL REFERENCES cvr_version (version),
    block        INTEGER NOT NULL,
    first_ballot BIGINT  NOT NULL,
    ballots      INTEGER NOT NULL,
    data         ${binary_type} NOT NULL,
    PRIMARY KEY (version, block)
);
