package org.bellwether.core.ranked;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RCTab's third step of a round ({@code identifyWinners}): who is elected, with the ties that only one winner per
 * round, a first-round threshold or the last two candidates of a single seat create.
 */
final class Winners {

    private final Count count;
    private final CountSettings settings;

    Winners(Count count) {
        this.count = count;
        this.settings = count.settings;
    }

    /** The candidates elected in this round, recorded as decisions; empty when a tie is left pending. */
    List<Integer> identify(Tally tally) {
        List<Integer> selected = new ArrayList<>();
        int uwi = count.uwi;
        if (uwi >= 0 && tally.present[uwi] && tally.units[uwi] != 0) {
            return selected; // nobody wins while undeclared write-ins still hold votes
        }
        List<Integer> present = tally.presentCandidates();
        if (settings.toShare()) {
            return overShare(tally, present);
        }
        int unfilled = settings.seats() - count.winners;
        if (unfilled > 0) {
            if (present.size() <= unfilled) {
                selected.addAll(tally.ascending(present));
            } else if (settings.firstRoundThreshold() && present.size() - 1 == settings.seats()) {
                selected.addAll(tally.top(present));
            } else if (!settings.bottomsUp()) {
                for (int c : tally.ascending(present)) {
                    if (tally.units[c] >= tally.threshold && c != uwi) {
                        selected.add(c);
                    }
                }
            }
        }
        boolean tieAmongWinners = selected.size() > 1
                && (settings.oneWinnerPerRound() || settings.firstRoundThreshold());
        boolean tieForLastTwo = settings.seats() == 1 && selected.isEmpty() && present.size() == 2 && unfilled == 1;
        if (tieAmongWinners || tieForLastTwo) {
            return top(tally, present);
        }
        selected.forEach(c -> elected(tally, c));
        return selected;
    }

    /** In a count to a percentage threshold: every continuing candidate, once all are over it; else nobody. */
    private List<Integer> overShare(Tally tally, List<Integer> present) {
        for (int c : present) {
            if (tally.units[c] <= tally.threshold) {
                return List.of();
            }
        }
        List<Integer> all = count.hashOrder(present);
        String reason = "had more votes than the threshold, as every continuing candidate did";
        all.forEach(c -> count.record(c, true, reason, Optional.empty()));
        return all;
    }

    /** Only the one with the most votes wins this round, by the tie-break if several share the most. */
    private List<Integer> top(Tally tally, List<Integer> present) {
        List<Integer> top = tally.top(present);
        if (top.size() > 1) {
            int chosen = count.ties.breakTie(top, true, tally.units[top.get(0)]);
            if (chosen < 0) {
                return List.of();
            }
            count.record(chosen, true, "won a tie", Optional.of(count.ties.lastExplanation()));
            return List.of(chosen);
        }
        top.forEach(c -> elected(tally, c));
        return top;
    }

    private void elected(Tally tally, int c) {
        String reason = tally.units[c] >= tally.threshold ? "reached the threshold" : "remains for a seat left to fill";
        count.record(c, true, reason, Optional.empty());
    }
}
