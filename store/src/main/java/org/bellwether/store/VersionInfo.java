package org.bellwether.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored version of an election.
 *
 * @param number       the version number, unique in the store and increasing with every import
 * @param electionKey  the short key of the election, e.g. {@code 2017-06-20-june-20-2017-special-election-runoff}
 * @param electionName the election's name as this version's sources give it
 * @param importedAt   when it was imported, by the importer's clock
 * @param software     the software (and its version) that imported it
 * @param sources      the files it was read from
 * @param tallies      how many tallies it holds
 * @param changes      how many stored rows it added: what changed against the election's previous version
 * @param ballots      how many cast-vote records it holds: 0 for a version of results (tallies)
 */
public record VersionInfo(long number, String electionKey, String electionName, Instant importedAt, String software,
        List<StoredSource> sources, int tallies, int changes, long ballots) {

    public VersionInfo {
        Objects.requireNonNull(electionKey, "election key");
        Objects.requireNonNull(electionName, "election name");
        Objects.requireNonNull(importedAt, "import time");
        Objects.requireNonNull(software, "software");
        sources = List.copyOf(sources);
    }

    /** Whether this is a version of cast-vote records (ranked ballots) rather than of results. */
    public boolean holdsCastVoteRecords() {
        return ballots > 0;
    }
}
