package org.bellwether.core;

import java.util.ArrayList;
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

    /** One entry per contest, by contest index, in one pass over the tallies. */
    public static List<Reporting> of(Election election) {
        int contests = election.contests().size();
        BitSet[] listed = new BitSet[contests];
        BitSet voting = new BitSet();
        for (int c = 0; c < contests; c++) {
            listed[c] = new BitSet();
        }
        election.tallies().forEach((contest, choice, unit, voteType, votes) -> {
            if (contest < contests) {
                listed[contest].set(unit);
            }
            if (votes > 0) {
                voting.set(unit);
            }
        });
        List<Reporting> out = new ArrayList<>(contests);
        for (int c = 0; c < contests; c++) {
            Reporting stated = election.contests().get(c).reporting();
            out.add(stated.completeness() != Reporting.Completeness.UNKNOWN ? stated
                    : derived(election.units(), listed[c], voting, stated));
        }
        return out;
    }

    private static Reporting derived(List<ReportingUnit> units, BitSet listed, BitSet voting, Reporting stated) {
        if (listed.isEmpty()) {
            return stated;
        }
        UnitLevel finest = UnitLevel.STATE;
        for (int u = listed.nextSetBit(0); u >= 0; u = listed.nextSetBit(u + 1)) {
            UnitLevel level = units.get(u).level();
            finest = level.ordinal() > finest.ordinal() ? level : finest;
        }
        long expected = 0;
        long reporting = 0;
        for (int u = listed.nextSetBit(0); u >= 0; u = listed.nextSetBit(u + 1)) {
            if (units.get(u).level() == finest) {
                expected++;
                reporting += voting.get(u) ? 1 : 0;
            }
        }
        String noun = plural(finest);
        return Reporting.of(reporting, expected, noun, "derived from the file's " + noun
                + ": one listed with no votes in any contest counts as not reporting");
    }

    private static String plural(UnitLevel level) {
        return switch (level) {
            case COUNTY -> "counties";
            default -> level.name().toLowerCase(Locale.ROOT) + "s";
        };
    }
}
