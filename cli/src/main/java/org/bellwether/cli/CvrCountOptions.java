package org.bellwether.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.formats.cvr.CvrDiscovery;
import org.bellwether.formats.cvr.RctabConfigJson;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * tabulate's options for a ranked count of cast-vote records given without an RCTab configuration: the records'
 * format, and RCTab's count options under RCTab's own names for their values. Each defaults to what RCTab's editor
 * suggests for a new contest where it suggests something (1 skipped rank, 4 decimal places, every rank, the Droop
 * quota, every switch off); RCTab leaves the overvote rule and the tie-break to be chosen, and so the defaults are
 * the strictest ones, exhaustImmediately and stopCountingAndAsk (a tie stops the count, never a silent draw). They
 * make the RCTab configuration the count is read as (and --write-config writes).
 */
final class CvrCountOptions {

    @Option(names = "--cvr-format", paramLabel = "FORMAT", description = "the cast-vote records' format, one of ess"
            + " (ES&S xlsx, or a CSV with ranks as columns), cdf (NIST SP 1500-103 JSON or XML), dominion (an export"
            + " folder with its manifests), clearBallot, genericCsv (candidates as columns, cells their ranks), hart"
            + " (a folder of XML ballots). Default: found from each file's name and first bytes (all but genericCsv,"
            + " which looks like any table and is read only when named)")
    String format;

    @Option(names = "--overvote-rule", paramLabel = "RULE", defaultValue = "exhaustImmediately",
            description = "exhaustImmediately, alwaysSkipToNextRank or exhaustIfMultipleContinuing (default:"
                    + " ${DEFAULT-VALUE}; RCTab suggests none)")
    String overvoteRule;

    @Option(names = "--max-skipped-ranks", paramLabel = "N|unlimited", defaultValue = "1",
            description = "consecutive skipped ranks a ballot may have before it is exhausted (default: ${DEFAULT-VALUE},"
                    + " RCTab's suggestion)")
    String maxSkippedRanks;

    @Option(names = "--exhaust-on-duplicate", description = "a ballot ranking a candidate twice is exhausted there"
            + " (default: the repeat is skipped, RCTab's exhaustOnDuplicateCandidate false)")
    boolean exhaustOnDuplicate;

    @Option(names = "--max-rankings", paramLabel = "N|max", description = "ranks read from each ballot (default: max;"
            + " for ES&S, the rank columns found)")
    String maxRankings;

    @Option(names = "--exclude", paramLabel = "NAME", description = "leave this candidate out of the count"
            + " (repeatable)")
    List<String> excluded = new ArrayList<>();

    @Option(names = "--undeclared-write-in-label", paramLabel = "TEXT", description = "the text (or code) of an"
            + " undeclared write-in in the records (default: ES&S's UWI when found; the write-in candidate of a Dominion"
            + " contest; none otherwise)")
    String writeInLabel;

    @Option(names = "--batch-elimination", description = "eliminate at once every candidate who could not overtake"
            + " the next (default: off)")
    boolean batchElimination;

    @Option(names = "--continue-until-two", description = "keep counting until two candidates remain, after a"
            + " majority (default: off)")
    boolean continueUntilTwo;

    @Option(names = "--decimal-places", paramLabel = "N", defaultValue = "4", description = "decimal places of"
            + " thresholds and fractional transfers (default: ${DEFAULT-VALUE}, RCTab's suggestion)")
    String decimalPlaces;

    @Option(names = "--minimum-votes", paramLabel = "N", defaultValue = "0", description = "candidates under N votes"
            + " are eliminated first (default: ${DEFAULT-VALUE})")
    String minimumVotes;

    @Option(names = "--tiebreak-mode", paramLabel = "MODE", defaultValue = "stopCountingAndAsk",
            description = "random, previousRoundCountsThenRandom, previousRoundCountsThenAsk, useCandidateOrder,"
                    + " generatePermutation or stopCountingAndAsk (default: ${DEFAULT-VALUE}, as RCTab suggests none:"
                    + " exit code 4 names the tie, --tie-answer resolves it)")
    String tiebreakMode;

    @Option(names = "--random-seed", paramLabel = "N", description = "the seed of random, previousRoundCountsThenRandom"
            + " and generatePermutation")
    String randomSeed;

    @Option(names = "--stop-after-round", paramLabel = "N", description = "stop the count after round N (default:"
            + " none)")
    String stopAfterRound;

    @Option(names = "--first-round-threshold", description = "STV: the threshold is set by the first round's votes"
            + " (default: recomputed each round)")
    boolean firstRoundThreshold;

    @Option(names = "--quota", paramLabel = "droop|hare", defaultValue = "droop", description = "STV's quota (default:"
            + " ${DEFAULT-VALUE}, RCTab's hareQuota false)")
    String quota;

    @Option(names = "--non-integer-threshold", description = "STV: the threshold is the exact quota, not the next"
            + " whole vote above it (default: off)")
    boolean nonIntegerThreshold;

    @Option(names = "--one-winner-per-round", description = "STV: elect one candidate per round (default: all over"
            + " the threshold)")
    boolean oneWinnerPerRound;

    @Option(names = "--write-config", paramLabel = "FILE", description = "also write the RCTab contest configuration"
            + " equivalent to these options, so that RCTab can run the same count")
    Path writeConfig;

    /** Whether a count of records without a configuration is asked for by the format. */
    boolean formatGiven() {
        return format != null;
    }

    /** RCTab's {@code rules} for these options, {@code seats} 0 for instant runoff. */
    Map<String, Object> rules(int seats, int ranks) {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("tiebreakMode", tiebreakMode);
        rules.put("overvoteRule", overvoteRule);
        rules.put("winnerElectionMode", seats == 0 ? "singleWinnerMajority" : oneWinnerPerRound
                ? "multiWinnerAllowOnlyOneWinnerPerRound" : "multiWinnerAllowMultipleWinnersPerRound");
        rules.put("randomSeed", randomSeed == null ? "" : randomSeed);
        rules.put("numberOfWinners", String.valueOf(Math.max(1, seats)));
        rules.put("multiSeatBottomsUpPercentageThreshold", "");
        rules.put("decimalPlacesForVoteArithmetic", decimalPlaces);
        rules.put("minimumVoteThreshold", minimumVotes);
        rules.put("maxSkippedRanksAllowed", maxSkippedRanks);
        rules.put("maxRankingsAllowed", maxRankings != null ? maxRankings : ranks > 0 ? String.valueOf(ranks) : "max");
        rules.put("nonIntegerWinningThreshold", nonIntegerThreshold);
        rules.put("doesFirstRoundDetermineThreshold", firstRoundThreshold);
        rules.put("hareQuota", quota.equalsIgnoreCase("hare"));
        rules.put("batchElimination", batchElimination);
        rules.put("continueUntilTwoCandidatesRemain", continueUntilTwo);
        rules.put("stopTabulationEarlyAfterRound", stopAfterRound == null ? "" : stopAfterRound);
        rules.put("exhaustOnDuplicateCandidate", exhaustOnDuplicate);
        rules.put("rulesDescription", "");
        rules.put("treatBlankAsUndeclaredWriteIn", false);
        return rules;
    }

    /** Checks the values picocli cannot: the closed sets RCTab's configuration takes. */
    void check(CommandLine cl) {
        oneOf("--overvote-rule", overvoteRule, List.of("exhaustImmediately", "alwaysSkipToNextRank",
                "exhaustIfMultipleContinuing"), cl);
        oneOf("--tiebreak-mode", tiebreakMode, List.of("random", "previousRoundCountsThenRandom",
                "previousRoundCountsThenAsk", "useCandidateOrder", "generatePermutation", "stopCountingAndAsk"), cl);
        oneOf("--quota", quota.toLowerCase(java.util.Locale.ROOT), List.of("droop", "hare"), cl);
        if (format != null) {
            oneOf("--cvr-format", format, CvrDiscovery.PROVIDERS, cl);
        }
        if (randomSeed == null && List.of("random", "previousRoundCountsThenRandom", "generatePermutation")
                .contains(tiebreakMode)) {
            throw new CommandLine.ParameterException(cl, "--tiebreak-mode " + tiebreakMode + " needs --random-seed N");
        }
    }

    private static void oneOf(String option, String value, List<String> choices, CommandLine cl) {
        if (!choices.contains(value)) {
            throw new CommandLine.ParameterException(cl, option + " must be one of " + String.join(", ", choices)
                    + ", was '" + value + "'");
        }
    }

    /** A source entry for a layout, its path written relative to {@code folder} when there is one. */
    RctabConfigJson.Source source(CvrDiscovery.Layout layout, String contestId, String writeIn, Path folder) {
        Map<String, String> settings = new LinkedHashMap<>(layout.settings());
        settings.remove(CvrDiscovery.RANKS);
        String label = writeInLabel != null ? writeInLabel : !writeIn.isEmpty() ? writeIn
                : settings.getOrDefault("undeclaredWriteInLabel", "");
        settings.put("undeclaredWriteInLabel", label);
        Path path = layout.path().toAbsolutePath().normalize();
        String written = folder == null ? path.toString() : folder.toAbsolutePath().normalize().relativize(path)
                .toString();
        return new RctabConfigJson.Source(written.isEmpty() ? "." : written, layout.provider(), contestId, settings);
    }
}
