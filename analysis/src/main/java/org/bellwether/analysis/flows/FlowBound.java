package org.bellwether.analysis.flows;

import java.util.Objects;

/**
 * The range of one flow that the counts alone allow: the fewest and the most people of round 1's group
 * {@code from} who can have made choice {@code to} in the runoff, summed over the units, given only each unit's
 * totals in both rounds.
 *
 * @param from  round 1's group: a bloc or "did not vote"
 * @param to    the runoff's choice: a bloc or "did not vote"
 * @param fromTotal the group's size over the units
 * @param low   the fewest
 * @param high  the most
 */
public record FlowBound(String from, String to, double fromTotal, double low, double high) {

    public FlowBound {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public double lowShare() {
        return fromTotal == 0 ? 0 : low / fromTotal;
    }

    public double highShare() {
        return fromTotal == 0 ? 0 : high / fromTotal;
    }
}
