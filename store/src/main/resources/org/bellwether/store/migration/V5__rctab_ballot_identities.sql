-- Schema 5: what RCTab's normalised cast-vote-record export names each ballot by, kept beside the ballot's id, so
-- that a stored version is exported as its files would be. block_format 2 (every version written from schema 5
-- on): each ballot in cvr_ballot_block.data also carries varints of its source (the configuration's file, by
-- place) and precinct portion (a cvr_name of kind 'portion'), then RCTab's id and the vendor's id, each
-- front-coded against the ballot before as the ballot id is. block_format 1: a version stored before schema 5,
-- whose blocks hold none of these (its ballots are counted and diffed as before, but not exported).
ALTER TABLE cvr_version ADD COLUMN block_format INTEGER NOT NULL DEFAULT 1;
