package org.bellwether.core;

import java.util.ArrayList;
import java.util.List;

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
        UnitCounts counts = UnitCounts.of(election);
        if (counts == null) {
            return List.of();
        }
        // Keyed by unit * contests + contest: distinct values below 2^63, and a unit's contests side by side.
        // Looked up per run of tallies, so in arrays, not boxed; in one array by key when that is no larger than
        // the tallies' own table.
        long units = election.units().size();
        long contests = election.contests().size();
        boolean[] voteForOne = new boolean[election.contests().size()];
        for (int c = 0; c < voteForOne.length; c++) {
            voteForOne[c] = election.contests().get(c).voteFor() == 1;
        }
        SumsByKey sums = SumsByKey.below(units * contests, Math.max(1 << 16, 2L * election.tallies().size()));
        VoteForOneSums votes = new VoteForOneSums(sums, voteForOne, counts.given, contests);
        election.tallies().forEach(votes);
        votes.flush();
        List<String> findings = new ArrayList<>();
        for (int unit = 0; unit < units; unit++) {
            if (counts.given[unit]) {
                turnout(election, unit, counts.registered[unit], counts.cast[unit], findings);
            }
        }
        sums.forEach((key, n) -> ballots(election, (int) (key % contests), (int) (key / contests), n, counts,
                findings));
        findings.sort(null);
        return summary(findings);
    }

    /**
     * Votes of vote-for-1 contests summed by contest and unit, for units with statistics. A file lists a contest's
     * choices in a unit one after another, so consecutive tallies of one contest and unit are added up first and
     * the table is touched once per run instead of once per tally.
     */
    private static final class VoteForOneSums implements TallyTable.Visitor {

        private final SumsByKey sums;
        private final boolean[] voteForOne;
        private final boolean[] given;
        private final long contests;
        private long runKey = -1;
        private long runSum;

        VoteForOneSums(SumsByKey sums, boolean[] voteForOne, boolean[] given, long contests) {
            this.sums = sums;
            this.voteForOne = voteForOne;
            this.given = given;
            this.contests = contests;
        }

        @Override
        public void visit(int contest, int choice, int unit, int voteType, long votes) {
            if (voteForOne[contest] && given[unit]) {
                long key = unit * contests + contest;
                if (key != runKey) {
                    flush();
                    runKey = key;
                }
                runSum += votes;
            }
        }

        /** Adds the last run to the table. */
        void flush() {
            if (runKey >= 0) {
                sums.add(runKey, runSum);
                runKey = -1;
                runSum = 0;
            }
        }
    }

    /**
     * Each unit's whole-ballot registered voters and ballots cast, added up over vote types, in arrays by unit.
     *
     * @param given       whether the unit has either
     * @param withBallots whether the unit has ballots cast
     */
    private record UnitCounts(boolean[] given, boolean[] withBallots, long[] registered, long[] cast) {

        /** Null when no unit has either. */
        static UnitCounts of(Election election) {
            int units = election.units().size();
            UnitCounts counts = new UnitCounts(new boolean[units], new boolean[units], new long[units],
                    new long[units]);
            boolean any = false;
            for (UnitStatistic s : election.statistics()) {
                if (s.contest() != UnitStatistic.UNIT_WIDE) {
                    continue;
                }
                if (s.kind() == StatisticKind.REGISTERED_VOTERS) {
                    counts.registered[s.unit()] += s.count();
                } else if (s.kind() == StatisticKind.BALLOTS_CAST) {
                    counts.cast[s.unit()] += s.count();
                    counts.withBallots[s.unit()] = true;
                } else {
                    continue;
                }
                counts.given[s.unit()] = true;
                any = true;
            }
            return any ? counts : null;
        }
    }

    private static void turnout(Election e, int unit, long registered, long cast, List<String> out) {
        if (registered > 0 && cast > registered) {
            out.add(name(e, unit) + ": " + cast + " ballots cast but " + registered + " registered voters"
                    + " (turnout above 100%)");
        }
    }

    private static void ballots(Election e, int contest, int unit, long votes, UnitCounts counts,
            List<String> out) {
        long cast = counts.cast[unit];
        if (cast == 0 && votes > 0 && counts.withBallots[unit]) {
            out.add(where(e, contest, unit) + ": ballots cast 0 beside " + votes + " votes");
        } else if (cast > 0 && votes > cast) {
            out.add(where(e, contest, unit) + ": " + votes + " votes in a vote-for-1 contest but " + cast
                    + " ballots cast");
        }
    }

    /** Made only for a finding: a statewide file has a contest and unit for every few tallies, nearly all fine. */
    private static String where(Election e, int contest, int unit) {
        return name(e, unit) + ", " + e.contests().get(contest).name();
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
