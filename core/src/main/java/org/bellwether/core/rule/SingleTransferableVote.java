package org.bellwether.core.rule;

import java.util.Objects;

/**
 * The single transferable vote for several seats, counted from ranked ballots (cast-vote records): a candidate
 * reaching the threshold is elected and the votes beyond it (the surplus) pass on, every ballot of the winner at
 * the same fraction of its value; when nobody reaches it, the last candidate is eliminated and its ballots pass
 * on at their current value. Fractions are exact decimals with {@code decimalPlaces} places, every transfer cut
 * (never rounded up) to that many, so the votes lost to the cut are recorded as the residual surplus, as RCTab
 * does.
 *
 * @param seats           how many are elected, at least 2 (one seat is an {@link InstantRunoff})
 * @param quota           Droop or Hare
 * @param rounding        a whole-vote or a fractional threshold
 * @param threshold       from the first round's votes and kept (RCTab's only way for several seats), or
 *                        recomputed from each round's votes still counting
 * @param winnersPerRound everyone over the threshold in a round, or one at a time
 * @param decimalPlaces   decimal places of vote arithmetic, 0 to 20 (RCTab: {@code decimalPlacesForVoteArithmetic},
 *                        default 4)
 * @param ballots         how a ballot is read
 * @param count           eliminations, excluded candidates, early stop
 * @param tieBreak        how a tie for elimination or for the last seat is broken
 */
public record SingleTransferableVote(int seats, Quota quota, ThresholdRounding rounding, ThresholdBasis threshold,
        WinnersPerRound winnersPerRound, int decimalPlaces, BallotRules ballots, CountRules count,
        RankedTieBreak tieBreak) implements Rule {

    /** The most decimal places of vote arithmetic, RCTab's own limit. */
    public static final int MAX_DECIMAL_PLACES = 20;

    public SingleTransferableVote {
        Objects.requireNonNull(quota, "single transferable vote: quota");
        Objects.requireNonNull(rounding, "single transferable vote: threshold rounding");
        Objects.requireNonNull(threshold, "single transferable vote: threshold basis");
        Objects.requireNonNull(winnersPerRound, "single transferable vote: winners per round");
        Objects.requireNonNull(ballots, "single transferable vote: ballot rules");
        Objects.requireNonNull(count, "single transferable vote: count rules");
        Objects.requireNonNull(tieBreak, "single transferable vote: tie-break");
        if (seats < 2) {
            throw new IllegalArgumentException("single transferable vote: seats must be at least 2, was " + seats
                    + " (one seat is an instant runoff)");
        }
        if (decimalPlaces < 0 || decimalPlaces > MAX_DECIMAL_PLACES) {
            throw new IllegalArgumentException("single transferable vote: decimal places must be 0 to "
                    + MAX_DECIMAL_PLACES + ", was " + decimalPlaces);
        }
    }

    /**
     * The common single transferable vote, as RCTab counts it by default: a whole-vote Droop threshold,
     * floor(votes / (seats + 1)) + 1, set from the first round's votes and kept; everyone over it elected in the
     * round; 4 decimal places; standard ballot reading and one elimination per round; ties left to the law's lot.
     */
    public static SingleTransferableVote droop(int seats) {
        return new SingleTransferableVote(seats, Quota.DROOP, ThresholdRounding.WHOLE, ThresholdBasis.FIRST_ROUND,
                WinnersPerRound.ALL_OVER_THRESHOLD, 4, BallotRules.standard(), CountRules.standard(),
                RankedTieBreak.BY_LAW);
    }

    /** As {@link #droop(int)} with the Hare quota, votes / seats. */
    public static SingleTransferableVote hare(int seats) {
        return droop(seats).withQuota(Quota.HARE);
    }

    public SingleTransferableVote withQuota(Quota q) {
        return new SingleTransferableVote(seats, q, rounding, threshold, winnersPerRound, decimalPlaces, ballots,
                count, tieBreak);
    }

    public SingleTransferableVote withRounding(ThresholdRounding r) {
        return new SingleTransferableVote(seats, quota, r, threshold, winnersPerRound, decimalPlaces, ballots,
                count, tieBreak);
    }

    public SingleTransferableVote withThreshold(ThresholdBasis basis) {
        return new SingleTransferableVote(seats, quota, rounding, basis, winnersPerRound, decimalPlaces, ballots,
                count, tieBreak);
    }

    public SingleTransferableVote withWinnersPerRound(WinnersPerRound w) {
        return new SingleTransferableVote(seats, quota, rounding, threshold, w, decimalPlaces, ballots, count,
                tieBreak);
    }

    public SingleTransferableVote withDecimalPlaces(int places) {
        return new SingleTransferableVote(seats, quota, rounding, threshold, winnersPerRound, places, ballots,
                count, tieBreak);
    }

    public SingleTransferableVote withBallots(BallotRules rules) {
        return new SingleTransferableVote(seats, quota, rounding, threshold, winnersPerRound, decimalPlaces, rules,
                count, tieBreak);
    }

    public SingleTransferableVote withCount(CountRules rules) {
        return new SingleTransferableVote(seats, quota, rounding, threshold, winnersPerRound, decimalPlaces,
                ballots, rules, tieBreak);
    }

    public SingleTransferableVote withTieBreak(RankedTieBreak tie) {
        return new SingleTransferableVote(seats, quota, rounding, threshold, winnersPerRound, decimalPlaces,
                ballots, count, tie);
    }

    @Override
    public String describe() {
        return "single transferable vote for " + seats + " seats: " + (quota == Quota.DROOP ? "Droop" : "Hare")
                + " quota, " + (rounding == ThresholdRounding.WHOLE ? "whole-vote" : "fractional")
                + " threshold from " + (threshold == ThresholdBasis.FIRST_ROUND ? "the first round's" : "each round's")
                + " votes, " + (winnersPerRound == WinnersPerRound.ONE ? "one winner" : "all over the threshold")
                + " per round, surpluses transferred at a fraction cut to " + decimalPlaces + " decimal places ("
                + ballots.describe() + "; " + count.describe() + "; ties: " + tieBreak.describe() + ")";
    }
}
