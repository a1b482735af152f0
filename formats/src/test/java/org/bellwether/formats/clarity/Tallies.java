package org.bellwether.formats.clarity;

import org.bellwether.core.Election;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.VoteCategory;

/** Sums of an election's tallies and statistics by names, so tests read like the figures they check. */
final class Tallies {

    private Tallies() {
    }

    /** Votes for a choice over every unit and vote type. */
    static long votes(Election election, String contest, String choice) {
        return votes(election, contest, choice, null, null);
    }

    /** Votes for a choice in one unit or its precincts (by id) and of one vote type (by label); null matches any. */
    static long votes(Election election, String contest, String choice, String unitId, String voteType) {
        int c = index(election, contest);
        int k = election.contests().get(c).indexOf(choice);
        if (k < 0) {
            throw new IllegalArgumentException("no choice " + choice + " in " + contest);
        }
        return election.tallies().stream()
                .filter(t -> t.contest() == c && t.choice() == k)
                .filter(t -> unitId == null || within(election, t.unit(), unitId))
                .filter(t -> voteType == null || election.voteTypes().get(t.voteType()).label().equals(voteType))
                .mapToLong(t -> t.votes())
                .sum();
    }

    /** Votes for a choice of one vote category, over every unit. */
    static long votes(Election election, String contest, String choice, VoteCategory category) {
        int c = index(election, contest);
        int k = election.contests().get(c).indexOf(choice);
        return election.tallies().stream()
                .filter(t -> t.contest() == c && t.choice() == k)
                .filter(t -> election.voteTypes().get(t.voteType()).category() == category)
                .mapToLong(t -> t.votes())
                .sum();
    }

    /** A unit-wide statistic summed over a unit and its precincts. */
    static long statistic(Election election, StatisticKind kind, String unitId) {
        return election.statistics().stream()
                .filter(s -> s.kind() == kind && within(election, s.unit(), unitId))
                .mapToLong(s -> s.count())
                .sum();
    }

    private static int index(Election election, String contest) {
        int c = election.contestIndex(contest);
        if (c < 0) {
            throw new IllegalArgumentException("no contest " + contest);
        }
        return c;
    }

    private static boolean within(Election election, int unit, String unitId) {
        var u = election.units().get(unit);
        return u.id().equals(unitId) || u.parentId().filter(unitId::equals).isPresent();
    }
}
