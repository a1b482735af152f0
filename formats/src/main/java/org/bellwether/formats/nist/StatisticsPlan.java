package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.Election;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.VoteCategory;

/**
 * Where each unit statistic goes in NIST ERR: registered voters (whole ballot, all votes) to the ReportingUnit's
 * {@code VotersRegistered}, ballots cast (whole ballot, by vote type) to the Election's {@code BallotCounts}, a
 * contest's over- and undervotes to its {@code OtherCounts}. OtherCounts has no vote type, so over- and undervotes
 * given by vote type are summed per unit; the few statistics NIST has no place for (ballots cast of one contest,
 * over- or undervotes of the whole ballot, registered voters by vote type) are counted and named in the report's
 * Notes instead of being written.
 */
final class StatisticsPlan {

    private final List<UnitStatistic> ballots = new ArrayList<>();
    private final Map<Integer, Long> registered = new LinkedHashMap<>();
    private final Map<Integer, Map<Integer, long[]>> others = new LinkedHashMap<>();
    private int summed;
    private int unwritten;

    StatisticsPlan(Election e) {
        for (UnitStatistic s : e.statistics()) {
            boolean all = e.voteTypes().get(s.voteType()).category() == VoteCategory.ALL;
            boolean wide = s.contest() == UnitStatistic.UNIT_WIDE;
            switch (s.kind()) {
                case REGISTERED_VOTERS -> place(wide && all, () -> registered.merge(s.unit(), s.count(), Long::sum));
                case BALLOTS_CAST -> place(wide, () -> ballots.add(s));
                case OVERVOTES, UNDERVOTES -> place(!wide, () -> other(s, all));
            }
        }
    }

    private void place(boolean fits, Runnable put) {
        if (fits) {
            put.run();
        } else {
            unwritten++;
        }
    }

    /** {@code {overvotes, undervotes}} per unit, -1 for a figure the source does not give. */
    private void other(UnitStatistic s, boolean all) {
        long[] figures = others.computeIfAbsent(s.contest(), c -> new LinkedHashMap<>())
                .computeIfAbsent(s.unit(), u -> new long[] {-1, -1});
        int i = s.kind() == StatisticKind.OVERVOTES ? 0 : 1;
        figures[i] = Math.max(figures[i], 0) + s.count();
        if (!all) {
            summed++;
        }
    }

    List<UnitStatistic> ballots() {
        return ballots;
    }

    Long registered(int unit) {
        return registered.get(unit);
    }

    Map<Integer, long[]> otherCounts(int contest) {
        return others.getOrDefault(contest, Map.of());
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (summed > 0) {
            notes.add(summed + " over- and undervote figures by vote type are written summed per unit:"
                    + " OtherCounts has no vote type.");
        }
        if (unwritten > 0) {
            notes.add(unwritten + " statistics are not written: NIST ERR has no place for ballots cast of one"
                    + " contest, over- or undervotes of the whole ballot, or registered voters by vote type.");
        }
        return notes;
    }
}
