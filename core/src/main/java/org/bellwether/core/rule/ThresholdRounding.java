package org.bellwether.core.rule;

/** How the quota of a single transferable vote becomes the threshold a candidate must reach. */
public enum ThresholdRounding {
    /**
     * A whole number of votes: for Droop, floor(votes / (seats + 1)) + 1; for Hare, votes / seats rounded up.
     */
    WHOLE,
    /**
     * The quota cut to the vote arithmetic's decimal places, plus one unit of the last place: for Droop with
     * 4 places and 1,000 votes for 2 seats, 333.3333 + 0.0001 = 333.3334 (RCTab:
     * {@code nonIntegerWinningThreshold}).
     */
    FRACTIONAL
}
