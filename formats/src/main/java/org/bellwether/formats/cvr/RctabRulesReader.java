package org.bellwether.formats.cvr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bellwether.core.rule.BallotRules;
import org.bellwether.core.rule.BottomsUp;
import org.bellwether.core.rule.BottomsUpThreshold;
import org.bellwether.core.rule.CountRules;
import org.bellwether.core.rule.DuplicateRanking;
import org.bellwether.core.rule.EliminationMode;
import org.bellwether.core.rule.FinalRounds;
import org.bellwether.core.rule.InstantRunoff;
import org.bellwether.core.rule.OvervoteRule;
import org.bellwether.core.rule.Quota;
import org.bellwether.core.rule.RankedTieBreak;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.SequentialRunoff;
import org.bellwether.core.rule.SingleTransferableVote;
import org.bellwether.core.rule.ThresholdBasis;
import org.bellwether.core.rule.ThresholdCutoff;
import org.bellwether.core.rule.ThresholdRounding;
import org.bellwether.core.rule.WinnersPerRound;
import org.bellwether.formats.InputException;

/**
 * The {@code rules} of an RCTab configuration as a {@link Rule}: the winner election mode with its seats, the
 * ballot rules (overvotes, skipped ranks, duplicates, maximum rankings), the count rules and the tie-break. A
 * setting RCTab would refuse fails naming the key and the value, as {@link RctabConfigReader} does for the rest.
 */
final class RctabRulesReader {

    private static final String TO_SHARE = "bottomsUpUsingPercentageThreshold";

    private final RctabConfigValues values;

    RctabRulesReader(RctabConfigValues values) {
        this.values = values;
    }

    int maxRankings(Map<String, Object> rules) {
        String raw = values.text(rules, "maxRankingsAllowed", "$.rules").trim();
        if (raw.isEmpty() || raw.equals("max")) {
            return BallotRules.UNLIMITED;
        }
        int n = values.integer(raw, "$.rules.maxRankingsAllowed");
        if (n < 1 || n > CvrLimits.MAX_RANKS) {
            throw values.fail("$.rules.maxRankingsAllowed", "must be 1 to " + CvrLimits.MAX_RANKS + " or max, was "
                    + n);
        }
        return n;
    }

    Rule rule(Map<String, Object> rules, List<RctabCandidate> candidates, int maxRankings) {
        String mode = values.text(rules, "winnerElectionMode", "$.rules");
        int seats = values.text(rules, "numberOfWinners", "$.rules").isBlank() ? 1 : (int) nonNegative(rules,
                "numberOfWinners");
        if (seats == 0 && !mode.equals(TO_SHARE)) {
            throw values.fail("$.rules.numberOfWinners", "is 0, which only " + TO_SHARE + " allows");
        }
        boolean cutoff = values.flag(rules, "cutoffElimination", "$.rules");
        if (cutoff && !mode.equals(TO_SHARE)) {
            throw values.fail("$.rules.cutoffElimination", "true needs the winner election mode " + TO_SHARE);
        }
        BallotRules ballots = new BallotRules(overvote(rules), skipped(rules), maxRankings,
                values.flag(rules, "exhaustOnDuplicateCandidate", "$.rules") ? DuplicateRanking.EXHAUST
                        : DuplicateRanking.SKIP);
        CountRules count = new CountRules(values.flag(rules, "batchElimination", "$.rules") ? EliminationMode.BATCH
                : EliminationMode.ONE_AT_A_TIME, nonNegative(rules, "minimumVoteThreshold"),
                stopAfter(rules), candidates.stream().filter(RctabCandidate::excluded).map(RctabCandidate::name)
                        .toList());
        RankedTieBreak tieBreak = tieBreak(rules, candidates);
        ThresholdBasis basis = values.flag(rules, "doesFirstRoundDetermineThreshold", "$.rules")
                ? ThresholdBasis.FIRST_ROUND : ThresholdBasis.EVERY_ROUND;
        return switch (mode) {
            case "singleWinnerMajority" -> {
                if (seats != 1) {
                    throw values.fail("$.rules.numberOfWinners", "must be 1 for singleWinnerMajority, was " + seats);
                }
                yield new InstantRunoff(ballots, count,
                        values.flag(rules, "continueUntilTwoCandidatesRemain", "$.rules")
                        ? FinalRounds.CONTINUE_UNTIL_TWO_REMAIN : FinalRounds.STOP_AT_WINNER, basis, tieBreak);
            }
            case "multiWinnerAllowMultipleWinnersPerRound", "multiWinnerAllowOnlyOneWinnerPerRound" -> {
                if (seats < 2) {
                    throw values.fail("$.rules.numberOfWinners", "must be 2 or more for " + mode + ", was " + seats);
                }
                int places = positive(rules, "decimalPlacesForVoteArithmetic", 4);
                yield new SingleTransferableVote(seats, values.flag(rules, "hareQuota", "$.rules") ? Quota.HARE
                        : Quota.DROOP, values.flag(rules, "nonIntegerWinningThreshold", "$.rules")
                                ? ThresholdRounding.FRACTIONAL : ThresholdRounding.WHOLE,
                        ThresholdBasis.FIRST_ROUND, mode.endsWith("OnlyOneWinnerPerRound") ? WinnersPerRound.ONE
                                : WinnersPerRound.ALL_OVER_THRESHOLD, places, ballots, count, tieBreak);
            }
            case "bottomsUp" -> {
                if (seats < 2) {
                    throw values.fail("$.rules.numberOfWinners", "must be 2 or more for bottomsUp, was " + seats);
                }
                yield new BottomsUp(seats, ballots, count, tieBreak);
            }
            case "multiPassIrv" -> {
                if (seats < 2) {
                    throw values.fail("$.rules.numberOfWinners", "must be 2 or more for multiPassIrv, was " + seats);
                }
                yield new SequentialRunoff(seats, new InstantRunoff(ballots, count,
                        values.flag(rules, "continueUntilTwoCandidatesRemain", "$.rules")
                                ? FinalRounds.CONTINUE_UNTIL_TWO_REMAIN : FinalRounds.STOP_AT_WINNER, basis, tieBreak));
            }
            case TO_SHARE -> toShare(rules, seats, cutoff, basis, ballots, count, tieBreak);
            default -> throw values.fail("$.rules.winnerElectionMode", InputException.echo(mode)
                    + " is not an RCTab winner election mode");
        };
    }

    private BottomsUpThreshold toShare(Map<String, Object> rules, int seats, boolean cutoff, ThresholdBasis basis,
            BallotRules ballots, CountRules count, RankedTieBreak tieBreak) {
        if (seats != 0) {
            throw values.fail("$.rules.numberOfWinners", "must be 0 for " + TO_SHARE
                    + " (it elects however many reach the"
                    + " threshold), was " + seats);
        }
        if (count.elimination() == EliminationMode.BATCH) {
            throw values.fail("$.rules.batchElimination", "cannot be true with " + TO_SHARE);
        }
        String at = "$.rules.multiSeatBottomsUpPercentageThreshold";
        String raw = values.text(rules, "multiSeatBottomsUpPercentageThreshold", "$.rules").trim();
        if (!raw.matches("[0-9]{1,3}(\\.[0-9]{1," + BottomsUpThreshold.MAX_PERCENT_PLACES + "})?")) {
            throw values.fail(at, InputException.echo(raw) + " is not a percentage (digits, at most "
                    + BottomsUpThreshold.MAX_PERCENT_PLACES + " decimal places)");
        }
        BigDecimal percent = new BigDecimal(raw);
        if (percent.compareTo(BigDecimal.ONE) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw values.fail(at, "must be 1 to 100, was " + raw);
        }
        return new BottomsUpThreshold(percent, basis, cutoff ? ThresholdCutoff.EVERY_CANDIDATE_UNDER
                : ThresholdCutoff.LAST_CANDIDATE, ballots, count, tieBreak);
    }

    private OvervoteRule overvote(Map<String, Object> rules) {
        String raw = values.text(rules, "overvoteRule", "$.rules");
        return switch (raw) {
            case "exhaustImmediately" -> OvervoteRule.EXHAUST_IMMEDIATELY;
            case "alwaysSkipToNextRank" -> OvervoteRule.ALWAYS_SKIP_TO_NEXT_RANK;
            case "exhaustIfMultipleContinuing" -> OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING;
            default -> throw values.fail("$.rules.overvoteRule", InputException.echo(raw)
                    + " is not an RCTab overvote rule");
        };
    }

    private int skipped(Map<String, Object> rules) {
        String raw = values.text(rules, "maxSkippedRanksAllowed", "$.rules").trim();
        if (raw.isEmpty() || raw.equalsIgnoreCase("unlimited")) {
            return BallotRules.UNLIMITED;
        }
        int n = values.integer(raw, "$.rules.maxSkippedRanksAllowed");
        if (n < 0) {
            throw values.fail("$.rules.maxSkippedRanksAllowed", "must be 0 or more, or unlimited, was " + n);
        }
        return n;
    }

    private int stopAfter(Map<String, Object> rules) {
        String raw = values.text(rules, "stopTabulationEarlyAfterRound", "$.rules").trim();
        return raw.isEmpty() ? CountRules.NO_STOP : positive(rules, "stopTabulationEarlyAfterRound", 1);
    }

    private RankedTieBreak tieBreak(Map<String, Object> rules, List<RctabCandidate> candidates) {
        String raw = values.text(rules, "tiebreakMode", "$.rules");
        return switch (raw) {
            case "random" -> new RankedTieBreak.Random(seed(rules));
            case "stopCountingAndAsk" -> RankedTieBreak.BY_LAW;
            case "previousRoundCountsThenRandom" -> new RankedTieBreak.PreviousRoundsThenRandom(seed(rules));
            case "previousRoundCountsThenAsk" -> new RankedTieBreak.PreviousRoundsThenAsk("lot, as the law provides");
            case "useCandidateOrder" -> new RankedTieBreak.CandidateOrder(candidates.stream()
                    .map(RctabCandidate::name).toList());
            case "generatePermutation" -> new RankedTieBreak.Permutation(seed(rules));
            default -> throw values.fail("$.rules.tiebreakMode", InputException.echo(raw)
                    + " is not an RCTab tie-break mode");
        };
    }

    private long seed(Map<String, Object> rules) {
        String raw = values.text(rules, "randomSeed", "$.rules").trim();
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw values.fail("$.rules.randomSeed", InputException.echo(raw)
                    + " is not a whole number, and the tie-break"
                    + " mode draws from it");
        }
    }

    private int positive(Map<String, Object> map, String key, int otherwise) {
        String raw = values.text(map, key, "$.rules").trim();
        if (raw.isEmpty()) {
            return otherwise;
        }
        int n = values.integer(raw, "$.rules." + key);
        if (n < 1 && !key.equals("decimalPlacesForVoteArithmetic")) {
            throw values.fail("$.rules." + key, "must be at least 1, was " + n);
        }
        if (key.equals("decimalPlacesForVoteArithmetic")
                && (n < 0 || n > SingleTransferableVote.MAX_DECIMAL_PLACES)) {
            throw values.fail("$.rules." + key, "must be 0 to " + SingleTransferableVote.MAX_DECIMAL_PLACES
                    + ", was " + n);
        }
        return n;
    }

    private long nonNegative(Map<String, Object> map, String key) {
        String raw = values.text(map, key, "$.rules").trim();
        if (raw.isEmpty()) {
            return 0;
        }
        int n = values.integer(raw, "$.rules." + key);
        if (n < 0) {
            throw values.fail("$.rules." + key, "must be 0 or more, was " + n);
        }
        return n;
    }
}
