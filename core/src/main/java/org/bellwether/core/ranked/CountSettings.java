package org.bellwether.core.ranked;

import org.bellwether.core.rule.BallotRules;
import org.bellwether.core.rule.BottomsUp;
import org.bellwether.core.rule.BottomsUpThreshold;
import org.bellwether.core.rule.CountRules;
import org.bellwether.core.rule.FinalRounds;
import org.bellwether.core.rule.InstantRunoff;
import org.bellwether.core.rule.Quota;
import org.bellwether.core.rule.RankedTieBreak;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.SingleTransferableVote;
import org.bellwether.core.rule.ThresholdBasis;
import org.bellwether.core.rule.ThresholdCutoff;
import org.bellwether.core.rule.ThresholdRounding;
import org.bellwether.core.rule.WinnersPerRound;

/**
 * The options of a ranked rule, flattened for the count. {@code fixedThreshold}: the threshold is set in the
 * first round and kept. {@code firstRoundThreshold}: RCTab's {@code doesFirstRoundDetermineThreshold} for one
 * seat, which also changes who wins once only one more candidate than seats is left. {@code share}: for a
 * bottoms-up count to a percentage, the threshold's share of the active votes in units of 10^-decimals (15 per
 * cent at 2 places: 15), else 0; {@code cutoff}: every candidate under that threshold is eliminated at once.
 */
record CountSettings(int seats, boolean surpluses, int decimals, Quota quota, ThresholdRounding rounding,
        boolean fixedThreshold, boolean firstRoundThreshold, boolean oneWinnerPerRound, boolean continueUntilTwo,
        boolean bottomsUp, long share, boolean cutoff, BallotRules ballots, CountRules count,
        RankedTieBreak tieBreak) {

    /** Whether this is a bottoms-up count to a percentage threshold, which elects however many reach it. */
    boolean toShare() {
        return share > 0;
    }

    static CountSettings of(Rule rule) {
        return switch (rule) {
            case InstantRunoff irv -> new CountSettings(1, false, 0, Quota.DROOP, ThresholdRounding.WHOLE,
                    irv.threshold() == ThresholdBasis.FIRST_ROUND, irv.threshold() == ThresholdBasis.FIRST_ROUND,
                    false,
                    irv.finalRounds() == FinalRounds.CONTINUE_UNTIL_TWO_REMAIN, false, 0, false, irv.ballots(), irv.count(),
                    irv.tieBreak());
            case SingleTransferableVote stv -> new CountSettings(stv.seats(), true, stv.decimalPlaces(),
                    stv.quota(), stv.rounding(), stv.threshold() == ThresholdBasis.FIRST_ROUND, false,
                    stv.winnersPerRound() == WinnersPerRound.ONE, false, false, 0, false, stv.ballots(), stv.count(),
                    stv.tieBreak());
            case BottomsUp b -> new CountSettings(b.seats(), false, 0, Quota.DROOP, ThresholdRounding.WHOLE, true,
                    false, false, false, true, 0, false, b.ballots(), b.count(), b.tieBreak());
            case BottomsUpThreshold b -> new CountSettings(0, false, b.decimalPlaces(), Quota.DROOP,
                    ThresholdRounding.FRACTIONAL, b.basis() == ThresholdBasis.FIRST_ROUND,
                    b.basis() == ThresholdBasis.FIRST_ROUND, false, false, true,
                    b.percent().unscaledValue().longValueExact(), b.cutoff() == ThresholdCutoff.EVERY_CANDIDATE_UNDER,
                    b.ballots(), b.count(), b.tieBreak());
            default -> throw new IllegalArgumentException("a ranked count needs a ranked rule (instant runoff or"
                    + " single transferable vote), not: " + rule.describe());
        };
    }
}
