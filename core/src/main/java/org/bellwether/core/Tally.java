package org.bellwether.core;

/**
 * Votes for one choice of one contest in one reporting unit, of one vote type. The indices refer to the
 * lists of the {@link Election} the tally belongs to; {@code choice} indexes the contest's choices.
 */
public record Tally(int contest, int choice, int unit, int voteType, long votes) {

    public Tally {
        if (contest < 0 || choice < 0 || unit < 0 || voteType < 0) {
            throw new IllegalArgumentException("tally refers to a negative index");
        }
        if (votes < 0) {
            throw new IllegalArgumentException("tally votes are negative: " + votes);
        }
    }
}
