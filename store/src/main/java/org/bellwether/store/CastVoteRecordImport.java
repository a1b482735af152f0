package org.bellwether.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.Source;
import org.bellwether.core.ranked.RankedBallots;

/**
 * The cast-vote records of one ranked-choice contest, to store as a version.
 *
 * @param electionName the contest's election (its name and date decide which election this is a version of)
 * @param date         the election day, if known
 * @param sources      the files read (the configuration first, then the cast-vote records), with their SHA-256
 * @param ruleConfig   the configuration the records were read and are counted under (an RCTab configuration's
 *                     JSON), kept as written
 * @param ballots      the ballots, read with their identities ({@link RankedBallots#identities()})
 */
public record CastVoteRecordImport(String electionName, Optional<LocalDate> date, List<Source> sources,
        String ruleConfig, RankedBallots ballots) {

    public CastVoteRecordImport {
        Objects.requireNonNull(electionName, "election name");
        Objects.requireNonNull(date, "date");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(ruleConfig, "rule configuration");
        Objects.requireNonNull(ballots, "ballots");
        if (ballots.identities().isEmpty()) {
            throw new IllegalArgumentException("contest '" + ballots.contest().name() + "': ballots to store must be"
                    + " read with their identities");
        }
    }
}
