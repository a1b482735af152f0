package org.bellwether.core.rule;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Bottoms-up elimination down to a vote share, counted from ranked ballots: candidates are eliminated round after
 * round, ballots moving on at full value, until every continuing candidate has more than {@code percent} per cent
 * of the round's active votes; they are all elected, however many they are. No seats, no surplus (RCTab:
 * {@code bottomsUpUsingPercentageThreshold} with {@code multiSeatBottomsUpPercentageThreshold}).
 *
 * <p>The threshold is exact: {@code percent} per cent of the active votes, with as many decimal places as the
 * percentage has plus two (15 per cent of 27 votes is 4.05), as RCTab computes it.
 *
 * @param percent  the share a candidate must exceed, in per cent: 1 to 100, at most
 *                 {@link #MAX_PERCENT_PLACES} decimal places, written as given (its scale is kept)
 * @param basis    whether the threshold is the first round's or each round's own
 * @param cutoff   whether a round eliminates the last candidate or everyone under the threshold
 * @param ballots  how a ballot is read
 * @param count    minimum votes, excluded candidates, early stop (batch elimination is not allowed)
 * @param tieBreak how a tie for elimination is broken
 */
public record BottomsUpThreshold(BigDecimal percent, ThresholdBasis basis, ThresholdCutoff cutoff,
        BallotRules ballots, CountRules count, RankedTieBreak tieBreak) implements Rule {

    /** The most decimal places a percentage may have (the count then works to this many plus two). */
    public static final int MAX_PERCENT_PLACES = 6;

    public BottomsUpThreshold {
        Objects.requireNonNull(percent, "bottoms-up threshold: percentage");
        Objects.requireNonNull(basis, "bottoms-up threshold: threshold basis");
        Objects.requireNonNull(cutoff, "bottoms-up threshold: cutoff");
        Objects.requireNonNull(ballots, "bottoms-up threshold: ballot rules");
        Objects.requireNonNull(count, "bottoms-up threshold: count rules");
        Objects.requireNonNull(tieBreak, "bottoms-up threshold: tie-break");
        if (percent.compareTo(BigDecimal.ONE) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("bottoms-up threshold: the percentage must be 1 to 100, was "
                    + percent.toPlainString());
        }
        if (percent.scale() < 0 || percent.scale() > MAX_PERCENT_PLACES) {
            throw new IllegalArgumentException("bottoms-up threshold: the percentage may have 0 to "
                    + MAX_PERCENT_PLACES + " decimal places, was " + percent.toPlainString());
        }
        if (count.elimination() == EliminationMode.BATCH) {
            throw new IllegalArgumentException("bottoms-up threshold: batch elimination cannot be combined with a"
                    + " percentage threshold (RCTab refuses it too)");
        }
    }

    /** The decimal places the count works to: those of the percentage, plus two for the division by 100. */
    public int decimalPlaces() {
        return percent.scale() + 2;
    }

    public BottomsUpThreshold withTieBreak(RankedTieBreak other) {
        return new BottomsUpThreshold(percent, basis, cutoff, ballots, count, other);
    }

    @Override
    public String describe() {
        return "bottoms-up elimination until every continuing candidate has more than " + percent.toPlainString()
                + "% of " + (basis == ThresholdBasis.FIRST_ROUND ? "the first round's" : "the round's")
                + " active votes, who are all elected"
                + (cutoff == ThresholdCutoff.EVERY_CANDIDATE_UNDER ? "; every candidate under it eliminated at once"
                        : "") + " (" + ballots.describe() + "; " + count.describe() + "; ties: " + tieBreak.describe()
                + ")";
    }
}
