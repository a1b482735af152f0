package org.bellwether.core.rule;

/** What a bottoms-up percentage count does in a round where not every candidate is over its threshold. */
public enum ThresholdCutoff {
    /** Eliminate the last candidate alone (ties broken by the rule's tie-break). */
    LAST_CANDIDATE,
    /** Eliminate every candidate under the threshold at once (RCTab: {@code cutoffElimination}). */
    EVERY_CANDIDATE_UNDER
}
