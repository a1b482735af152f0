package org.bellwether.core.rule;

/** What the count decided for one choice. */
public enum StandingStatus {
    /** Holds a seat. */
    ELECTED,
    /** Ahead in a count that cannot decide yet (partial, of unknown completeness, or under an assumed rule). */
    LEADING,
    /** Goes on to a runoff or to the general election. */
    ADVANCES,
    /** Has as many votes as another choice on the other side of the cut line; the tie is not yet resolved. */
    TIED_AT_CUT,
    /** Neither elected nor advancing. */
    NOT_ELECTED
}
