package org.bellwether.core.rule;

/** Where a contest stands once counted. */
public enum OutcomeStatus {
    /** Every seat is filled. */
    FINAL,
    /** Nobody reached the threshold; the advancing choices meet again. */
    RUNOFF_REQUIRED,
    /** A top-N primary: the advancing choices go on to the general election. */
    ADVANCE_TO_GENERAL,
    /** Equal votes straddle the cut line and the tie-break leaves it to an authority. */
    TIE_PENDING
}
