package org.bellwether.core.rule;

/** How many candidates one round of a single transferable vote may elect. */
public enum WinnersPerRound {
    /**
     * Everyone at or over the threshold is elected in the round, and their surpluses transfer in later rounds
     * (RCTab: {@code multiWinnerAllowMultipleWinnersPerRound}).
     */
    ALL_OVER_THRESHOLD,
    /**
     * Only the candidate with the most votes is elected, and that surplus transfers before anyone else is
     * elected (RCTab: {@code multiWinnerAllowOnlyOneWinnerPerRound}).
     */
    ONE
}
