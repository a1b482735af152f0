package org.bellwether.core.rule;

import java.util.Objects;

/**
 * Instant runoff for one seat, counted from ranked ballots (cast-vote records): each ballot counts for its
 * highest-ranked continuing candidate; while nobody has more than half of the continuing votes, the last
 * candidate is eliminated and its ballots move on to their next choice.
 *
 * @param ballots     how a ballot is read (overvotes, skipped and repeated ranks, ranks read)
 * @param count       eliminations, excluded candidates, early stop
 * @param finalRounds whether the count stops at the winner or goes on until two remain
 * @param threshold   whether the majority is of each round's continuing votes or of the first round's
 * @param tieBreak    how a tie for elimination is broken
 */
public record InstantRunoff(BallotRules ballots, CountRules count, FinalRounds finalRounds,
        ThresholdBasis threshold, RankedTieBreak tieBreak) implements Rule {

    public InstantRunoff {
        Objects.requireNonNull(ballots, "instant runoff: ballot rules");
        Objects.requireNonNull(count, "instant runoff: count rules");
        Objects.requireNonNull(finalRounds, "instant runoff: final rounds");
        Objects.requireNonNull(threshold, "instant runoff: threshold basis");
        Objects.requireNonNull(tieBreak, "instant runoff: tie-break");
    }

    /**
     * The common instant runoff: standard ballot reading ({@link BallotRules#standard()}), one elimination per
     * round, a majority of each round's continuing votes, stop at the winner, ties left to the law's lot.
     */
    public static InstantRunoff standard() {
        return new InstantRunoff(BallotRules.standard(), CountRules.standard(), FinalRounds.STOP_AT_WINNER,
                ThresholdBasis.EVERY_ROUND, RankedTieBreak.BY_LAW);
    }

    public InstantRunoff withBallots(BallotRules rules) {
        return new InstantRunoff(rules, count, finalRounds, threshold, tieBreak);
    }

    public InstantRunoff withCount(CountRules rules) {
        return new InstantRunoff(ballots, rules, finalRounds, threshold, tieBreak);
    }

    public InstantRunoff withFinalRounds(FinalRounds rounds) {
        return new InstantRunoff(ballots, count, rounds, threshold, tieBreak);
    }

    public InstantRunoff withThreshold(ThresholdBasis basis) {
        return new InstantRunoff(ballots, count, finalRounds, basis, tieBreak);
    }

    public InstantRunoff withTieBreak(RankedTieBreak tie) {
        return new InstantRunoff(ballots, count, finalRounds, threshold, tie);
    }

    @Override
    public String describe() {
        return "instant runoff: more than half of the "
                + (threshold == ThresholdBasis.FIRST_ROUND ? "first round's" : "continuing")
                + " votes wins, else the last candidate is eliminated and its ballots transfer ("
                + ballots.describe() + "; " + count.describe()
                + (finalRounds == FinalRounds.CONTINUE_UNTIL_TWO_REMAIN ? "; continues until two remain" : "")
                + "; ties: " + tieBreak.describe() + ")";
    }
}
