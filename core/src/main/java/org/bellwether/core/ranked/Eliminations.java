package org.bellwether.core.ranked;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.rule.EliminationMode;

/**
 * RCTab's last step of a round with nobody elected, its ways to eliminate tried in its order: undeclared write-ins
 * ({@code dropUndeclaredWriteIns}), everyone under a bottoms-up percentage threshold ({@code doCutoffElimination}),
 * everyone under a minimum vote count (RCTab before 1.3), a batch ({@code doBatchElimination}), and else the last
 * candidate, by the tie-break if several share the fewest votes ({@code doRegularElimination}).
 */
final class Eliminations {

    private final Count count;
    private final CountSettings settings;

    Eliminations(Count count) {
        this.count = count;
        this.settings = count.settings;
    }

    /** The candidates eliminated in this round, recorded as decisions; empty when a tie is left pending. */
    List<Integer> eliminate(Tally tally) {
        int uwi = count.uwi;
        if (uwi >= 0 && tally.present[uwi] && tally.units[uwi] > 0) {
            count.record(uwi, false, "stands for undeclared write-ins", Optional.empty());
            return List.of(uwi);
        }
        List<Integer> present = tally.presentCandidates();
        List<Integer> out = cutoff(tally, present);
        if (out.isEmpty()) {
            out = underMinimum(tally, present);
        }
        if (out.isEmpty() && settings.count().elimination() == EliminationMode.BATCH) {
            out = batch(tally, present);
        }
        return out.isEmpty() ? last(tally, present) : out;
    }

    /** With cutoff elimination, every candidate under the threshold, in the order RCTab holds its tallies. */
    private List<Integer> cutoff(Tally tally, List<Integer> present) {
        if (!settings.cutoff()) {
            return List.of();
        }
        List<Integer> under = new ArrayList<>();
        for (int c : count.hashOrder(present)) {
            if (tally.units[c] < tally.threshold) {
                under.add(c);
            }
        }
        if (!under.isEmpty() && under.size() == present.size()) {
            throw new IllegalArgumentException("contest '" + count.ballots.contest().name() + "': in round "
                    + count.round + " every continuing candidate is under the threshold of "
                    + count.amount(tally.threshold, tally.thresholdFractional)
                    + ", so cutoff elimination would eliminate them all");
        }
        String reason = "had fewer votes than the threshold of "
                + count.amount(tally.threshold, tally.thresholdFractional) + " (cutoff elimination)";
        under.forEach(c -> count.record(c, false, reason, Optional.empty()));
        return under;
    }

    private List<Integer> underMinimum(Tally tally, List<Integer> present) {
        long minimum = settings.count().minimumVotes();
        if (minimum == 0) {
            return List.of();
        }
        List<Integer> under = new ArrayList<>();
        for (int c : tally.ascending(present)) {
            if (tally.units[c] < Math.multiplyExact(minimum, count.one)) {
                under.add(c);
            }
        }
        if (under.size() == present.size()) {
            return List.of();
        }
        under.forEach(c -> count.record(c, false, "had fewer votes than the minimum of " + minimum,
                Optional.empty()));
        return under;
    }

    private List<Integer> batch(Tally tally, List<Integer> present) {
        List<Integer> batch = batchOf(tally, present);
        if (batch.size() < 2) {
            return List.of();
        }
        batch.forEach(c -> count.record(c, false, "batch elimination: together the last candidates had fewer votes"
                + " than the next", Optional.empty()));
        return batch;
    }

    /**
     * Every candidate at the bottom whose votes together are fewer than the next-lowest candidate's votes: none
     * of them could overtake anyone above, whatever the transfers.
     */
    private List<Integer> batchOf(Tally tally, List<Integer> present) {
        List<Integer> seen = new ArrayList<>();
        List<Integer> batch = new ArrayList<>();
        List<Integer> previous = new ArrayList<>();
        long running = 0;
        for (List<Integer> level : tally.levels(present)) {
            long votes = tally.units[level.get(0)];
            if (running < votes && seen.size() > batch.size()) {
                previous = new ArrayList<>(batch);
                for (int c : seen) {
                    if (!batch.contains(c)) {
                        batch.add(c);
                    }
                }
            }
            running = Math.addExact(running, Math.multiplyExact(votes, level.size()));
            seen.addAll(level);
        }
        if (settings.continueUntilTwo() && batch.size() + count.eliminated == count.countedCandidates() - 1) {
            return previous;
        }
        return batch;
    }

    private List<Integer> last(Tally tally, List<Integer> present) {
        List<Integer> last = tally.bottom(present);
        if (last.size() > 1) {
            int chosen = count.ties.breakTie(last, false, tally.units[last.get(0)]);
            if (chosen < 0) {
                return List.of();
            }
            count.record(chosen, false, "lost a tie for fewest votes", Optional.of(count.ties.lastExplanation()));
            return List.of(chosen);
        }
        count.record(last.get(0), false, "had the fewest votes", Optional.empty());
        return last;
    }
}
