package org.bellwether.core.rule;

/** When an instant runoff stops once a candidate has won. */
public enum FinalRounds {
    /** Stop in the round a candidate passes the threshold. */
    STOP_AT_WINNER,
    /**
     * Go on eliminating until two candidates remain, so the last round shows the final pair, as some laws
     * and reports want (RCTab: {@code continueUntilTwoCandidatesRemain}).
     */
    CONTINUE_UNTIL_TWO_REMAIN
}
