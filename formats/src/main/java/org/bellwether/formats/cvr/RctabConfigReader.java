package org.bellwether.formats.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
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
 * Reads an RCTab contest configuration (JSON): every key RCTab's own reader takes, including the labels that
 * configurations before RCTab 1.3 kept under {@code rules} rather than in each source. A key that RCTab would
 * reject or whose setting this count does not implement fails the read naming the key and the value.
 */
public final class RctabConfigReader {

    private static final Set<String> TOP = Set.of("tabulatorVersion", "outputSettings", "cvrFileSources",
            "candidates", "rules");

    private static final String TO_SHARE = "bottomsUpUsingPercentageThreshold";

    private final String file;
    private final Path folder;
    private final String text;

    private RctabConfigReader(Path path, String text) {
        this.file = path.getFileName().toString();
        Path parent = path.toAbsolutePath().getParent();
        this.folder = parent == null ? Path.of(".") : parent;
        this.text = text;
    }

    public static RctabConfig read(Path path) {
        return new RctabConfigReader(path, null).read();
    }

    /**
     * Reads a configuration from its text (as the results store keeps it), named {@code file} in messages; its
     * cast-vote-record paths resolve against {@code folder} but are not read.
     */
    public static RctabConfig read(String file, Path folder, String text) {
        return new RctabConfigReader(folder.resolve(file), java.util.Objects.requireNonNull(text, "text")).read();
    }

    /** Whether a file is an RCTab contest configuration: JSON whose first key is one only such files have. */
    public static boolean isConfiguration(Path path) {
        if (!path.toString().endsWith(".json") || !Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.stripLeading().startsWith("{") && (head.contains("\"cvrFileSources\"")
                    || head.contains("\"tabulatorVersion\"") || head.contains("\"outputSettings\""));
        } catch (IOException e) {
            return false;
        }
    }

    private RctabConfig read() {
        Map<String, Object> root = object(tree(), "$");
        for (String key : root.keySet()) {
            if (!TOP.contains(key)) {
                throw fail("$." + key, "is not a key of an RCTab configuration");
            }
        }
        Map<String, Object> output = object(root.getOrDefault("outputSettings", Map.of()), "$.outputSettings");
        Map<String, Object> rules = object(require(root, "rules", "$"), "$.rules");
        List<RctabCandidate> candidates = candidates(list(require(root, "candidates", "$"), "$.candidates"));
        List<CvrSource> sources = sources(list(require(root, "cvrFileSources", "$"), "$.cvrFileSources"), rules);
        int maxRankings = maxRankings(rules);
        Rule rule = rule(rules, candidates, maxRankings);
        return new RctabConfig(text(output, "contestName", "$.outputSettings"),
                text(output, "contestDate", "$.outputSettings"),
                text(output, "contestJurisdiction", "$.outputSettings"),
                text(output, "contestOffice", "$.outputSettings"), sources, candidates, rule, maxRankings,
                flag(output, "tabulateByPrecinct", "$.outputSettings"), text(rules, "rulesDescription", "$.rules"),
                flag(output, "tabulateByBatch", "$.outputSettings"));
    }

    private Object tree() {
        try {
            long size = text != null ? text.length() : Files.size(folder.resolve(file));
            if (size > CvrLimits.MAX_CONFIG_BYTES) {
                throw fail("", "is " + size + " bytes, more than a contest configuration may be ("
                        + CvrLimits.MAX_CONFIG_BYTES + ", CvrLimits.MAX_CONFIG_BYTES)");
            }
            if (text != null) {
                return JsonTree.read(new java.io.ByteArrayInputStream(text.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
            }
            try (InputStream in = Files.newInputStream(folder.resolve(file))) {
                return JsonTree.read(in);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new InputException(file, where, "is not valid JSON: " + XlsxSheet.capped(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private List<RctabCandidate> candidates(List<Object> raw) {
        List<RctabCandidate> candidates = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = "$.candidates[" + i + "]";
            Map<String, Object> c = object(raw.get(i), at);
            String name = text(c, "name", at).trim();
            if (name.isEmpty()) {
                throw fail(at + ".name", "is blank");
            }
            List<String> aliases = new ArrayList<>();
            String code = text(c, "code", at).trim();
            if (!code.isEmpty()) {
                aliases.add(code);
            }
            for (Object alias : list(c.getOrDefault("aliases", List.of()), at + ".aliases")) {
                if (!(alias instanceof String s)) {
                    throw fail(at + ".aliases", "holds a value that is not a string");
                }
                if (!s.isBlank()) {
                    aliases.add(s.trim());
                }
            }
            for (String n : concat(name, aliases)) {
                if (!seen.add(n)) {
                    throw fail(at, "name or alias " + InputException.echo(n) + " is used twice");
                }
            }
            candidates.add(new RctabCandidate(name, aliases, flag(c, "excluded", at)));
        }
        if (candidates.isEmpty()) {
            throw fail("$.candidates", "is empty: a contest needs candidates");
        }
        return candidates;
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, name);
        return all;
    }

    private List<CvrSource> sources(List<Object> raw, Map<String, Object> rules) {
        List<CvrSource> sources = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = "$.cvrFileSources[" + i + "]";
            Map<String, Object> s = object(raw.get(i), at);
            String path = text(s, "filePath", at);
            if (path.isBlank()) {
                throw fail(at + ".filePath", "is blank");
            }
            String provider = text(s, "provider", at);
            sources.add(new CvrSource(folder.resolve(path).normalize(), provider,
                    column(s, "firstVoteColumnIndex", at).orElse(1), column(s, "firstVoteRowIndex", at).orElse(1),
                    column(s, "idColumnIndex", at), column(s, "batchColumnIndex", at),
                    column(s, "precinctColumnIndex", at), text(s, "overvoteDelimiter", at),
                    label(s, rules, "overvoteLabel", at), label(s, rules, "skippedRankLabel", at),
                    label(s, rules, "undeclaredWriteInLabel", at),
                    flag(s, "treatBlankAsUndeclaredWriteIn", at) || flag(rules, "treatBlankAsUndeclaredWriteIn",
                            "$.rules"), text(s, "contestId", at)));
        }
        if (sources.isEmpty()) {
            throw fail("$.cvrFileSources", "is empty: a contest needs cast-vote records");
        }
        return sources;
    }

    /** A source's label, or the one older configurations kept under {@code rules} (the skipped rank as undervote). */
    private String label(Map<String, Object> source, Map<String, Object> rules, String key, String at) {
        String own = text(source, key, at);
        if (!own.isEmpty() || source.containsKey(key)) {
            return own;
        }
        return text(rules, key.equals("skippedRankLabel") ? "undervoteLabel" : key, "$.rules");
    }

    private OptionalInt column(Map<String, Object> map, String key, String at) {
        String raw = text(map, key, at).trim();
        if (raw.isEmpty()) {
            return OptionalInt.empty();
        }
        int n = integer(raw, at + "." + key);
        if (n < 1 || n > CvrLimits.MAX_COLUMNS) {
            throw fail(at + "." + key, "must be 1 to " + CvrLimits.MAX_COLUMNS + ", was " + n);
        }
        return OptionalInt.of(n);
    }

    private int maxRankings(Map<String, Object> rules) {
        String raw = text(rules, "maxRankingsAllowed", "$.rules").trim();
        if (raw.isEmpty() || raw.equals("max")) {
            return BallotRules.UNLIMITED;
        }
        int n = integer(raw, "$.rules.maxRankingsAllowed");
        if (n < 1 || n > CvrLimits.MAX_RANKS) {
            throw fail("$.rules.maxRankingsAllowed", "must be 1 to " + CvrLimits.MAX_RANKS + " or max, was " + n);
        }
        return n;
    }

    private Rule rule(Map<String, Object> rules, List<RctabCandidate> candidates, int maxRankings) {
        String mode = text(rules, "winnerElectionMode", "$.rules");
        int seats = text(rules, "numberOfWinners", "$.rules").isBlank() ? 1 : (int) nonNegative(rules,
                "numberOfWinners");
        if (seats == 0 && !mode.equals(TO_SHARE)) {
            throw fail("$.rules.numberOfWinners", "is 0, which only " + TO_SHARE + " allows");
        }
        boolean cutoff = flag(rules, "cutoffElimination", "$.rules");
        if (cutoff && !mode.equals(TO_SHARE)) {
            throw fail("$.rules.cutoffElimination", "true needs the winner election mode " + TO_SHARE);
        }
        BallotRules ballots = new BallotRules(overvote(rules), skipped(rules), maxRankings,
                flag(rules, "exhaustOnDuplicateCandidate", "$.rules") ? DuplicateRanking.EXHAUST : DuplicateRanking.SKIP);
        CountRules count = new CountRules(flag(rules, "batchElimination", "$.rules") ? EliminationMode.BATCH
                : EliminationMode.ONE_AT_A_TIME, nonNegative(rules, "minimumVoteThreshold"),
                stopAfter(rules), candidates.stream().filter(RctabCandidate::excluded).map(RctabCandidate::name)
                        .toList());
        RankedTieBreak tieBreak = tieBreak(rules, candidates);
        ThresholdBasis basis = flag(rules, "doesFirstRoundDetermineThreshold", "$.rules")
                ? ThresholdBasis.FIRST_ROUND : ThresholdBasis.EVERY_ROUND;
        return switch (mode) {
            case "singleWinnerMajority" -> {
                if (seats != 1) {
                    throw fail("$.rules.numberOfWinners", "must be 1 for singleWinnerMajority, was " + seats);
                }
                yield new InstantRunoff(ballots, count, flag(rules, "continueUntilTwoCandidatesRemain", "$.rules")
                        ? FinalRounds.CONTINUE_UNTIL_TWO_REMAIN : FinalRounds.STOP_AT_WINNER, basis, tieBreak);
            }
            case "multiWinnerAllowMultipleWinnersPerRound", "multiWinnerAllowOnlyOneWinnerPerRound" -> {
                if (seats < 2) {
                    throw fail("$.rules.numberOfWinners", "must be 2 or more for " + mode + ", was " + seats);
                }
                int places = positive(rules, "decimalPlacesForVoteArithmetic", 4);
                yield new SingleTransferableVote(seats, flag(rules, "hareQuota", "$.rules") ? Quota.HARE
                        : Quota.DROOP, flag(rules, "nonIntegerWinningThreshold", "$.rules")
                                ? ThresholdRounding.FRACTIONAL : ThresholdRounding.WHOLE,
                        ThresholdBasis.FIRST_ROUND, mode.endsWith("OnlyOneWinnerPerRound") ? WinnersPerRound.ONE
                                : WinnersPerRound.ALL_OVER_THRESHOLD, places, ballots, count, tieBreak);
            }
            case "bottomsUp" -> {
                if (seats < 2) {
                    throw fail("$.rules.numberOfWinners", "must be 2 or more for bottomsUp, was " + seats);
                }
                yield new BottomsUp(seats, ballots, count, tieBreak);
            }
            case "multiPassIrv" -> {
                if (seats < 2) {
                    throw fail("$.rules.numberOfWinners", "must be 2 or more for multiPassIrv, was " + seats);
                }
                yield new SequentialRunoff(seats, new InstantRunoff(ballots, count,
                        flag(rules, "continueUntilTwoCandidatesRemain", "$.rules")
                                ? FinalRounds.CONTINUE_UNTIL_TWO_REMAIN : FinalRounds.STOP_AT_WINNER, basis, tieBreak));
            }
            case TO_SHARE -> toShare(rules, seats, cutoff, basis, ballots, count, tieBreak);
            default -> throw fail("$.rules.winnerElectionMode", InputException.echo(mode)
                    + " is not an RCTab winner election mode");
        };
    }

    private BottomsUpThreshold toShare(Map<String, Object> rules, int seats, boolean cutoff, ThresholdBasis basis,
            BallotRules ballots, CountRules count, RankedTieBreak tieBreak) {
        if (seats != 0) {
            throw fail("$.rules.numberOfWinners", "must be 0 for " + TO_SHARE + " (it elects however many reach the"
                    + " threshold), was " + seats);
        }
        if (count.elimination() == EliminationMode.BATCH) {
            throw fail("$.rules.batchElimination", "cannot be true with " + TO_SHARE);
        }
        String at = "$.rules.multiSeatBottomsUpPercentageThreshold";
        String raw = text(rules, "multiSeatBottomsUpPercentageThreshold", "$.rules").trim();
        if (!raw.matches("[0-9]{1,3}(\\.[0-9]{1," + BottomsUpThreshold.MAX_PERCENT_PLACES + "})?")) {
            throw fail(at, InputException.echo(raw) + " is not a percentage (digits, at most "
                    + BottomsUpThreshold.MAX_PERCENT_PLACES + " decimal places)");
        }
        BigDecimal percent = new BigDecimal(raw);
        if (percent.compareTo(BigDecimal.ONE) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw fail(at, "must be 1 to 100, was " + raw);
        }
        return new BottomsUpThreshold(percent, basis, cutoff ? ThresholdCutoff.EVERY_CANDIDATE_UNDER
                : ThresholdCutoff.LAST_CANDIDATE, ballots, count, tieBreak);
    }

    private OvervoteRule overvote(Map<String, Object> rules) {
        String raw = text(rules, "overvoteRule", "$.rules");
        return switch (raw) {
            case "exhaustImmediately" -> OvervoteRule.EXHAUST_IMMEDIATELY;
            case "alwaysSkipToNextRank" -> OvervoteRule.ALWAYS_SKIP_TO_NEXT_RANK;
            case "exhaustIfMultipleContinuing" -> OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING;
            default -> throw fail("$.rules.overvoteRule", InputException.echo(raw) + " is not an RCTab overvote rule");
        };
    }

    private int skipped(Map<String, Object> rules) {
        String raw = text(rules, "maxSkippedRanksAllowed", "$.rules").trim();
        if (raw.isEmpty() || raw.equalsIgnoreCase("unlimited")) {
            return BallotRules.UNLIMITED;
        }
        int n = integer(raw, "$.rules.maxSkippedRanksAllowed");
        if (n < 0) {
            throw fail("$.rules.maxSkippedRanksAllowed", "must be 0 or more, or unlimited, was " + n);
        }
        return n;
    }

    private int stopAfter(Map<String, Object> rules) {
        String raw = text(rules, "stopTabulationEarlyAfterRound", "$.rules").trim();
        return raw.isEmpty() ? CountRules.NO_STOP : positive(rules, "stopTabulationEarlyAfterRound", 1);
    }

    private RankedTieBreak tieBreak(Map<String, Object> rules, List<RctabCandidate> candidates) {
        String raw = text(rules, "tiebreakMode", "$.rules");
        return switch (raw) {
            case "random" -> new RankedTieBreak.Random(seed(rules));
            case "stopCountingAndAsk" -> RankedTieBreak.BY_LAW;
            case "previousRoundCountsThenRandom" -> new RankedTieBreak.PreviousRoundsThenRandom(seed(rules));
            case "previousRoundCountsThenAsk" -> new RankedTieBreak.PreviousRoundsThenAsk("lot, as the law provides");
            case "useCandidateOrder" -> new RankedTieBreak.CandidateOrder(candidates.stream()
                    .map(RctabCandidate::name).toList());
            case "generatePermutation" -> new RankedTieBreak.Permutation(seed(rules));
            default -> throw fail("$.rules.tiebreakMode", InputException.echo(raw) + " is not an RCTab tie-break mode");
        };
    }

    private long seed(Map<String, Object> rules) {
        String raw = text(rules, "randomSeed", "$.rules").trim();
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw fail("$.rules.randomSeed", InputException.echo(raw) + " is not a whole number, and the tie-break"
                    + " mode draws from it");
        }
    }

    private int positive(Map<String, Object> map, String key, int otherwise) {
        String raw = text(map, key, "$.rules").trim();
        if (raw.isEmpty()) {
            return otherwise;
        }
        int n = integer(raw, "$.rules." + key);
        if (n < 1 && !key.equals("decimalPlacesForVoteArithmetic")) {
            throw fail("$.rules." + key, "must be at least 1, was " + n);
        }
        if (key.equals("decimalPlacesForVoteArithmetic")
                && (n < 0 || n > SingleTransferableVote.MAX_DECIMAL_PLACES)) {
            throw fail("$.rules." + key, "must be 0 to " + SingleTransferableVote.MAX_DECIMAL_PLACES + ", was " + n);
        }
        return n;
    }

    private long nonNegative(Map<String, Object> map, String key) {
        String raw = text(map, key, "$.rules").trim();
        if (raw.isEmpty()) {
            return 0;
        }
        int n = integer(raw, "$.rules." + key);
        if (n < 0) {
            throw fail("$.rules." + key, "must be 0 or more, was " + n);
        }
        return n;
    }

    private int integer(String raw, String at) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw fail(at, InputException.echo(raw) + " is not a whole number");
        }
    }

    private Object require(Map<String, Object> map, String key, String at) {
        Object v = map.get(key);
        if (v == null) {
            throw fail(at, "has no " + key);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object value, String at) {
        if (!(value instanceof Map)) {
            throw fail(at, "is not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value, String at) {
        if (!(value instanceof List)) {
            throw fail(at, "is not a JSON array");
        }
        return (List<Object>) value;
    }

    private String text(Map<String, Object> map, String key, String at) {
        Object v = map.get(key);
        if (v == null) {
            return "";
        }
        if (!(v instanceof String s)) {
            throw fail(at + "." + key, "is not a string");
        }
        return s;
    }

    private boolean flag(Map<String, Object> map, String key, String at) {
        Object v = map.get(key);
        if (v == null || "".equals(v)) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw fail(at + "." + key, "is not true or false");
        }
        return b;
    }

    private InputException fail(String at, String problem) {
        return new InputException(file, at, problem);
    }
}
