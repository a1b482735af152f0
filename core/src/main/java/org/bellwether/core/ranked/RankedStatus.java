package org.bellwether.core.ranked;

/** Where a ranked count stands. */
public enum RankedStatus {
    /** Every seat is filled. */
    DECIDED,
    /** A tie must be resolved by the authority the tie-break names before the count can go on. */
    TIE_PENDING,
    /** The count stopped after the round the rules name, before every seat was filled. */
    STOPPED_EARLY
}
