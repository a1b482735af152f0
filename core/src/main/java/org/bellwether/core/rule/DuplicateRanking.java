package org.bellwether.core.rule;

/** What a ranked ballot does when it ranks a candidate it has already ranked higher. */
public enum DuplicateRanking {
    /** The repeated ranking is passed over, as if that rank were skipped (RCTab's default). */
    SKIP,
    /** The ballot exhausts at the repeated ranking (RCTab: {@code exhaustOnDuplicateCandidate}). */
    EXHAUST
}
