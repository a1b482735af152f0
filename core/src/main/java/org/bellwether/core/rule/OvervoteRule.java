package org.bellwether.core.rule;

/**
 * What a ranked ballot does when it reaches a rank that marks two or more candidates (an overvote). The names
 * follow RCTab's {@code overvoteRule} settings.
 */
public enum OvervoteRule {
    /** The ballot exhausts at the overvote (Maine, NYC, Alaska). RCTab: {@code exhaustImmediately}. */
    EXHAUST_IMMEDIATELY,
    /** The overvoted rank is passed over and the next rank counts. RCTab: {@code alwaysSkipToNextRank}. */
    ALWAYS_SKIP_TO_NEXT_RANK,
    /**
     * The ballot exhausts only if two or more of the overvoted candidates are still continuing; if one is, it
     * counts for that one. RCTab: {@code exhaustIfMultipleContinuing}.
     */
    EXHAUST_IF_MULTIPLE_CONTINUING
}
