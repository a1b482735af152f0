package org.bellwether.core.ranked;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Votes that moved from a candidate elected or eliminated in a round to where they count next.
 *
 * @param target a choice index of the contest, or {@link #EXHAUSTED} or {@link #RESIDUAL_SURPLUS}
 * @param votes  the votes moved, exact
 */
public record Transfer(int target, BigDecimal votes) {

    /** The ballots exhausted (including those left as the final round's surplus). */
    public static final int EXHAUSTED = -1;
    /** Surplus lost to the cut of fractional transfers to the decimal places of the count. */
    public static final int RESIDUAL_SURPLUS = -2;

    public Transfer {
        Objects.requireNonNull(votes, "transfer votes");
        if (target < RESIDUAL_SURPLUS) {
            throw new IllegalArgumentException("transfer target " + target + " is not a choice or a sink");
        }
    }
}
