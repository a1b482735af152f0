package org.bellwether.core.rule;

import java.util.Objects;

/**
 * Bottoms-up elimination for several seats, counted from ranked ballots (cast-vote records): the last candidate
 * is eliminated round after round, ballots moving on at full value, until only {@code seats} candidates remain;
 * they are all elected. No quota, no surplus (RCTab: {@code bottomsUp}).
 *
 * @param seats    how many are elected, at least 2
 * @param ballots  how a ballot is read
 * @param count    eliminations, excluded candidates, early stop
 * @param tieBreak how a tie for elimination is broken
 */
public record BottomsUp(int seats, BallotRules ballots, CountRules count, RankedTieBreak tieBreak) implements Rule {

    public BottomsUp {
        Objects.requireNonNull(ballots, "bottoms-up: ballot rules");
        Objects.requireNonNull(count, "bottoms-up: count rules");
        Objects.requireNonNull(tieBreak, "bottoms-up: tie-break");
        if (seats < 2) {
            throw new IllegalArgumentException("bottoms-up: seats must be at least 2, was " + seats);
        }
    }

    /** Standard ballot reading, one elimination per round, ties left to the law's lot. */
    public static BottomsUp of(int seats) {
        return new BottomsUp(seats, BallotRules.standard(), CountRules.standard(), RankedTieBreak.BY_LAW);
    }

    @Override
    public String describe() {
        return "bottoms-up elimination for " + seats + " seats: the last candidate is eliminated until " + seats
                + " remain, who are elected (" + ballots.describe() + "; " + count.describe() + "; ties: "
                + tieBreak.describe() + ")";
    }
}
