package org.bellwether.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an election's statistics for sense against its votes, and says what does not add up, with the numbers.
 * Nothing here blocks the votes: a statistic does not decide a contest. Three things are checked per unit:
 * ballots cast of 0 beside votes, more votes in a vote-for-1 contest than ballots cast, and more ballots cast than
 * registered voters (turnout above 100%). Statistics given per vote type are added up over the unit's vote types.
 */
public final class StatisticChecks {

    /** Findings beyond this many are counted, not listed, so a broken file does not bury the output. */
    static final int MAX_LISTED = 10;

    private StatisticChecks() {
    }

    public static List<String> of(Election election) {
        Map<Integer, long[]> unitWide = new HashMap<>();
        java.util.Set<Integer> withBallots = new java.util.HashSet<>();
        for (UnitStatistic s : election.statistics()) {
            if (s.contest() == UnitStatistic.UNIT_WIDE && s.kind() != StatisticKind.OVERVOTES
                    && s.kind() != StatisticKind.UNDERVOTES) {
                unitWide.computeIfAbsent(s.unit(), u -> new long[2])[s.kind().ordinal()] += s.count();
                if (s.kind() == StatisticKind.BALLOTS_CAST) {
                    withBallots.add(s.unit());
                }
            }
        }
        if (unitWide.isEmpty()) {
            return List.of();
        }
        // Keyed by contest * units + unit: distinct values below 2^63. Looked up per tally, so in arrays, not boxed.
        long units = election.units().size();
        boolean[] withStatistics = new boolean[election.units().size()];
        unitWide.keySet().forEach(unit -> withStatistics[unit] = true);
        boolean[] voteForOne = new boolean[election.contests().size()];
        for (int c = 0; c < voteForOne.length; c++) {
            voteForOne[c] = election.contests().get(c).voteFor() == 1;
        }
        SumsByKey votes = new SumsByKey();
        election.tallies().forEach((contest, choice, unit, voteType, n) -> {
            if (voteForOne[contest] && withStatistics[unit]) {
                votes.add(contest * units + unit, n);
            }
        });
        List<String> findings = new ArrayList<>();
        unitWide.forEach((unit, counts) -> turnout(election, unit, counts, findings));
        votes.forEach((key, n) -> ballots(election, (int) (key / units), (int) (key % units), n,
                unitWide.get((int) (key % units)), withBallots, findings));
        findings.sort(null);
        return summary(findings);
    }

    private static void turnout(Election e, int unit, long[] counts, List<String> out) {
        long registered = counts[StatisticKind.REGISTERED_VOTERS.ordinal()];
        long cast = counts[StatisticKind.BALLOTS_CAST.ordinal()];
        if (registered > 0 && cast > registered) {
            out.add(name(e, unit) + ": " + cast + " ballots cast but " + registered + " registered voters"
                    + " (turnout above 100%)");
        }
    }

    private static void ballots(Election e, int contest, int unit, long votes, long[] counts,
            java.util.Set<Integer> withBallots, List<String> out) {
        long cast = counts[StatisticKind.BALLOTS_CAST.ordinal()];
        String where = name(e, unit) + ", " + e.contests().get(contest).name();
        if (cast == 0 && votes > 0 && withBallots.contains(unit)) {
            out.add(where + ": ballots cast 0 beside " + votes + " votes");
        } else if (cast > 0 && votes > cast) {
            out.add(where + ": " + votes + " votes in a vote-for-1 contest but " + cast + " ballots cast");
        }
    }

    private static String name(Election e, int unit) {
        return e.units().get(unit).id();
    }

    private static List<String> summary(List<String> findings) {
        if (findings.size() <= MAX_LISTED) {
            return findings.stream().map(f -> "statistics: " + f).toList();
        }
        List<String> out = new ArrayList<>(findings.subList(0, MAX_LISTED).stream().map(f -> "statistics: " + f).toList());
        out.add("statistics: " + (findings.size() - MAX_LISTED) + " more findings like these");
        return out;
    }
}
