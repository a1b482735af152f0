package org.bellwether.formats.gasos;

import org.bellwether.core.Election;

/** Sums of an election's tallies by names, so tests read like the figures they check. */
final class Tallies {

    private Tallies() {
    }

    /** Votes for a choice over every unit and vote type. */
    static long votes(Election election, String contest, String choice) {
        return votes(election, contest, choice, null, null);
    }

    /** Votes for a choice in one unit (by id) and of one vote type (by label); null matches any. */
    static long votes(Election election, String contest, String choice, String unitId, String voteType) {
        int c = election.contestIndex(contest);
        int k = election.contests().get(c).indexOf(choice);
        return election.tallies().stream()
                .filter(t -> t.contest() == c && t.choice() == k)
                .filter(t -> unitId == null || election.units().get(t.unit()).id().equals(unitId))
                .filter(t -> voteType == null || election.voteTypes().get(t.voteType()).label().equals(voteType))
                .mapToLong(t -> t.votes())
                .sum();
    }

    /** Votes for every choice of a contest. */
    static long contestTotal(Election election, String contest) {
        int c = election.contestIndex(contest);
        return election.tallies().stream().filter(t -> t.contest() == c).mapToLong(t -> t.votes()).sum();
    }
}
