package org.bellwether.core.rule;

/** The quota of a single transferable vote: the votes divided by a number that depends on the seats. */
public enum Quota {
    /** Votes / (seats + 1): the fewest votes that no more than {@code seats} candidates can all exceed. */
    DROOP,
    /** Votes / seats (RCTab: {@code hareQuota}). */
    HARE
}
