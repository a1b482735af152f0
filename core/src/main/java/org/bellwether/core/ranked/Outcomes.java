package org.bellwether.core.ranked;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bellwether.core.Choice;

/** Turns a finished {@link Count} into its {@link RankedOutcome}. */
final class Outcomes {

    private Outcomes() {
    }

    static RankedOutcome of(Count count) {
        List<RankedRound> rounds = new ArrayList<>();
        for (int r = 1; r < count.tallies.size(); r++) {
            rounds.add(round(count, r));
        }
        RankedStatus status = count.pendingTie != null ? RankedStatus.TIE_PENDING
                : !count.filled() && count.round >= count.settings.count().stopAfterRound()
                        ? RankedStatus.STOPPED_EARLY : RankedStatus.DECIDED;
        return new RankedOutcome(count.ballots.contest(), count.rule, rounds, elected(count), status,
                Optional.ofNullable(count.pendingTie), count.ballots.ballots(), count.ties.permutation(),
                slices(count));
    }

    private static List<RankedSlice> slices(Count count) {
        List<RankedSlice> slices = new ArrayList<>();
        long[] ballots = new long[count.slices];
        for (int g = 0; g < count.ballots.groups(); g++) {
            if (count.slices > 0) {
                ballots[count.ballots.slice(g)] += count.ballots.count(g);
            }
        }
        for (int s = 0; s < count.slices; s++) {
            List<RankedRound> rounds = new ArrayList<>();
            for (int r = 1; r < count.tallies.size(); r++) {
                Transfers next = r + 1 < count.sliceTransfers.size() ? count.sliceTransfers.get(r + 1)[s] : null;
                rounds.add(round(count, r, count.sliceTallies.get(r)[s], next));
            }
            slices.add(new RankedSlice(count.ballots.sliceNames().get(s), ballots[s], rounds));
        }
        return slices;
    }

    private static List<Choice> elected(Count count) {
        List<Integer> order = new ArrayList<>(count.electionOrder);
        order.sort(Comparator.<Integer>comparingInt(c -> count.electedRound[c])
                .thenComparing(c -> -count.tallies.get(count.electedRound[c]).units[c]));
        return order.stream().map(count::choice).toList();
    }

    private static RankedRound round(Count count, int r) {
        Transfers next = r + 1 < count.transfers.size() ? count.transfers.get(r + 1) : null;
        return round(count, r, count.tallies.get(r), next);
    }

    /** Round r with the figures of a tally and the transfers that followed it: the count's own, or a slice's. */
    private static RankedRound round(Count count, int r, Tally tally, Transfers next) {
        Tally threshold = count.tallies.get(r);
        TreeMap<Integer, BigDecimal> tallies = new TreeMap<>();
        for (int c = 0; c < count.candidates; c++) {
            if (tally.present[c]) {
                tallies.put(c, count.amount(tally.units[c], tally.fractional[c]));
            }
        }
        Map<InactiveCause, BigDecimal> inactive = new EnumMap<>(InactiveCause.class);
        for (InactiveCause cause : InactiveCause.values()) {
            inactive.put(cause, count.amount(tally.inactive[cause.ordinal()], tally.inactiveFractional[cause.ordinal()]));
        }
        List<Decision> decisions = new ArrayList<>();
        for (Decision d : count.decisions.get(r)) {
            decisions.add(new Decision(d.choice(), d.elected(), d.reason(), d.tieBreak(), transfers(count, next,
                    d.choice())));
        }
        return new RankedRound(r, tallies, inactive, count.amount(threshold.threshold, threshold.thresholdFractional),
                decisions);
    }

    private static List<Transfer> transfers(Count count, Transfers next, int from) {
        List<Transfer> list = new ArrayList<>();
        if (next == null) {
            return list;
        }
        for (int to = 0; to < count.candidates; to++) {
            if (next.any(from, to)) {
                list.add(new Transfer(to, count.amount(next.units(from, to), next.fractional(from, to))));
            }
        }
        for (int sink : new int[] {Transfers.EXHAUSTED, Transfers.RESIDUAL}) {
            if (next.any(from, sink)) {
                list.add(new Transfer(sink, count.amount(next.units(from, sink), next.fractional(from, sink))));
            }
        }
        return list;
    }
}
