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
                Optional.ofNullable(count.pendingTie), count.ballots.ballots(), count.ties.permutation());
    }

    private static List<Choice> elected(Count count) {
        List<Integer> order = new ArrayList<>(count.electionOrder);
        order.sort(Comparator.<Integer>comparingInt(c -> count.electedRound[c])
                .thenComparing(c -> -count.tallies.get(count.electedRound[c]).units[c]));
        return order.stream().map(count::choice).toList();
    }

    private static RankedRound round(Count count, int r) {
        Tally tally = count.tallies.get(r);
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
        Transfers next = r + 1 < count.transfers.size() ? count.transfers.get(r + 1) : null;
        List<Decision> decisions = new ArrayList<>();
        for (Decision d : count.decisions.get(r)) {
            decisions.add(new Decision(d.choice(), d.elected(), d.reason(), d.tieBreak(), transfers(count, next,
                    d.choice())));
        }
        return new RankedRound(r, tallies, inactive, count.amount(tally.threshold, tally.thresholdFractional),
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
