package org.bellwether.analysis.crosswalk;

import java.util.Objects;

/**
 * Two places taken to be the same.
 *
 * @param from   the place in the first election (e.g. the special)
 * @param to     the place in the second (e.g. the baseline)
 * @param method how they were matched
 * @param score  the similarity of their normalised names, 0 to 1 (1 for exact and normalised matches)
 */
public record Match(Place from, Place to, MatchMethod method, double score) {

    public Match {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(method, "method");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("match score must lie in 0..1, was " + score);
        }
    }
}
