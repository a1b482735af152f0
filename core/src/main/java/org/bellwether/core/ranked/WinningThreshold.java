package org.bellwether.core.ranked;

import org.bellwether.core.rule.Quota;
import org.bellwether.core.rule.ThresholdRounding;

/**
 * RCTab's second step of a round ({@code calculateAndSetWinningThreshold}): the votes a candidate needs, kept from
 * an earlier round or computed from this round's active votes.
 */
final class WinningThreshold {

    private WinningThreshold() {
    }

    static void set(Count count, Tally tally) {
        if (!recompute(count)) {
            Tally before = count.tallies.get(count.round - 1);
            tally.threshold = before.threshold;
            tally.thresholdFractional = before.thresholdFractional;
            return;
        }
        CountSettings settings = count.settings;
        long total = tally.activeUnits();
        if (settings.toShare()) {
            // the share times the active votes, exact: at the share's places, units times units / one
            tally.threshold = Fixed.mulDivFloor(total, settings.share(), count.one);
            tally.thresholdFractional = true;
            return;
        }
        long divisor = settings.quota() == Quota.HARE ? settings.seats() : settings.seats() + 1L;
        boolean fractional = settings.rounding() == ThresholdRounding.FRACTIONAL && settings.decimals() > 0;
        long unit = fractional ? 1 : count.one;
        if (settings.quota() == Quota.HARE) {
            // "at least a 1/seats share": the quotient rounded up to the threshold's unit
            tally.threshold = Fixed.ceilDiv(total, Math.multiplyExact(divisor, unit)) * unit;
        } else {
            // "more than a 1/(seats + 1) share": the quotient cut to the unit, plus one unit
            tally.threshold = (total / Math.multiplyExact(divisor, unit) + 1) * unit;
        }
        tally.thresholdFractional = fractional;
    }

    /**
     * Whether this round computes its own threshold: always the first; a multi-seat count keeps the first round's
     * unless it is recomputed every round; a single seat keeps it when the first round determines it, or once
     * a winner is found while counting on until two remain.
     */
    private static boolean recompute(Count count) {
        CountSettings settings = count.settings;
        if (count.round == 1) {
            return true;
        }
        if (settings.toShare()) {
            return !settings.fixedThreshold();
        }
        if (settings.seats() > 1) {
            return !settings.fixedThreshold();
        }
        if (settings.firstRoundThreshold()) {
            return false;
        }
        if (settings.continueUntilTwo()) {
            return count.winners == 0;
        }
        return true;
    }
}
