package org.bellwether.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Each contest's reporting: what its source states, or else what its units show. A unit the file lists for the
 * contest (it has a row there) but with no votes at all, in any contest, is counted as not reporting: a precinct
 * that reported its other contests and has none in this one (a split precinct with no voters in the district) has
 * reported. Only the finest level the contest has is counted (precincts, not the counties above them), so a
 * county file of precinct rows gives precincts reporting.
 */
public final class CountReporting {

    private CountReporting() {
    }

    private static final int LEVELS = UnitLevel.values().length;

    /**
     * One entry per contest, by contest index, in two passes over the tallies: the units voting, then each
     * contest's units by level. A file's units are numbered as they first appear, so a contest's units come in
     * increasing order and a unit listed again is the one listed last; when some contest's do not (a file listing
     * each vote type in turn), its units are kept in a set per contest instead.
     */
    public static List<Reporting> of(Election election) {
        int contests = election.contests().size();
        BitSet voting = new BitSet(election.units().size());
        election.tallies().forEach((contest, choice, unit, voteType, votes) -> {
            if (votes > 0) {
                voting.set(unit);
            }
        });
        long[][] byLevel = inOrder(election, voting);
        if (byLevel == null) {
            byLevel = bySet(election, voting);
        }
        List<Reporting> out = new ArrayList<>(contests);
        for (int c = 0; c < contests; c++) {
            Reporting stated = election.contests().get(c).reporting();
            out.add(stated.completeness() != Reporting.Completeness.UNKNOWN ? stated
                    : derived(byLevel[0], byLevel[1], c * LEVELS, stated));
        }
        return out;
    }

    /**
     * By contest * {@link #LEVELS} + level: the units listed for the contest, and those of them voting; null when a
     * contest's units do not come in increasing order.
     */
    private static long[][] inOrder(Election election, BitSet voting) {
        int contests = election.contests().size();
        int[] level = levels(election.units());
        int[] last = new int[contests];
        Arrays.fill(last, -1);
        long[] listed = new long[contests * LEVELS];
        long[] reporting = new long[contests * LEVELS];
        boolean[] outOfOrder = {false};
        election.tallies().forEach((contest, choice, unit, voteType, votes) -> {
            if (contest >= contests || unit == last[contest]) {
                return;
            }
            outOfOrder[0] |= unit < last[contest];
            last[contest] = unit;
            int at = contest * LEVELS + level[unit];
            listed[at]++;
            reporting[at] += voting.get(unit) ? 1 : 0;
        });
        return outOfOrder[0] ? null : new long[][] {listed, reporting};
    }

    /** As {@link #inOrder}, for units in any order: a set of units per contest. */
    private static long[][] bySet(Election election, BitSet voting) {
        int contests = election.contests().size();
        BitSet[] sets = new BitSet[contests];
        for (int c = 0; c < contests; c++) {
            sets[c] = new BitSet();
        }
        election.tallies().forEach((contest, choice, unit, voteType, votes) -> {
            if (contest < contests) {
                sets[contest].set(unit);
            }
        });
        int[] level = levels(election.units());
        long[] listed = new long[contests * LEVELS];
        long[] reporting = new long[contests * LEVELS];
        for (int c = 0; c < contests; c++) {
            for (int u = sets[c].nextSetBit(0); u >= 0; u = sets[c].nextSetBit(u + 1)) {
                listed[c * LEVELS + level[u]]++;
                reporting[c * LEVELS + level[u]] += voting.get(u) ? 1 : 0;
            }
        }
        return new long[][] {listed, reporting};
    }

    private static int[] levels(List<ReportingUnit> units) {
        int[] level = new int[units.size()];
        for (int u = 0; u < level.length; u++) {
            level[u] = units.get(u).level().ordinal();
        }
        return level;
    }

    /** The contest's reporting from its finest level's counts (from {@code at}), or the stated one when none. */
    private static Reporting derived(long[] listed, long[] reporting, int at, Reporting stated) {
        int finest = -1;
        for (int l = 0; l < LEVELS; l++) {
            finest = listed[at + l] > 0 ? l : finest;
        }
        if (finest < 0) {
            return stated;
        }
        String noun = plural(UnitLevel.values()[finest]);
        return Reporting.of(reporting[at + finest], listed[at + finest], noun, "derived from the file's " + noun
                + ": one listed with no votes in any contest counts as not reporting");
    }

    private static String plural(UnitLevel level) {
        return switch (level) {
            case COUNTY -> "counties";
            default -> level.name().toLowerCase(Locale.ROOT) + "s";
        };
    }
}
