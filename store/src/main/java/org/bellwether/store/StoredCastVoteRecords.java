package org.bellwether.store;

import java.util.Objects;
import org.bellwether.core.ranked.RankedBallots;

/**
 * A stored version of a ranked-choice contest's cast-vote records, read back whole: the same ballots, in the same
 * order, with the same identities, as the import read from its files, so that a count of them is the file's count.
 *
 * @param version    the version
 * @param ruleConfig the configuration they were read under, as written
 * @param ballots    the ballots, with their identities
 * @param rctabIds   whether the identities hold what RCTab's normalised export names each ballot by (its source,
 *                   RCTab's id, the vendor's id, the precinct portion): every version stored from schema 5 on; a
 *                   version stored before holds only each ballot's id, batch, tabulator and precinct
 */
public record StoredCastVoteRecords(VersionInfo version, String ruleConfig, RankedBallots ballots,
        boolean rctabIds) {

    public StoredCastVoteRecords {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(ruleConfig, "rule configuration");
        Objects.requireNonNull(ballots, "ballots");
    }
}
