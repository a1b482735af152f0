package org.bellwether.core.rule;

/** Which round's continuing votes the winning threshold is computed from. */
public enum ThresholdBasis {
    /** Every round's own continuing votes (exhausted ballots lower the bar). */
    EVERY_ROUND,
    /** The first round's votes, kept for the whole count (RCTab: {@code firstRoundDeterminesThreshold}). */
    FIRST_ROUND
}
