package org.bellwether.core.rule;

/** What a count decides, or would decide if it stood. */
public enum Verdict {
    /** Seats are filled. */
    ELECTED,
    /** Nobody reached the threshold; the advancing choices meet again in a runoff. */
    RUNOFF,
    /** A top-N primary: the advancing choices go on to the general election. */
    ADVANCE
}
