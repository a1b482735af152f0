package org.bellwether.core.ranked;

import java.util.Objects;

/**
 * A human's answer to a tie a count stopped at ({@link PendingTie}): given back to a new count of the same ballots,
 * it decides that tie, so the count goes on past it exactly as it would have had the tie been broken there.
 *
 * @param pass      the pass of a sequential count the tie arose in; 1 for any other count
 * @param round     the round the tie arose in
 * @param candidate the name of the candidate the tie is decided for: the one elected when the tie was for a seat,
 *                  the one eliminated when it was for elimination
 */
public record TieAnswer(int pass, int round, String candidate) {

    public TieAnswer {
        Objects.requireNonNull(candidate, "tie answer: candidate");
        if (pass < 1 || round < 1) {
            throw new IllegalArgumentException("tie answer: pass and round start at 1, were " + pass + " and " + round);
        }
        if (candidate.isBlank()) {
            throw new IllegalArgumentException("tie answer: the candidate's name is blank");
        }
    }

    /** An answer for a count that is not sequential. */
    public static TieAnswer of(int round, String candidate) {
        return new TieAnswer(1, round, candidate);
    }
}
