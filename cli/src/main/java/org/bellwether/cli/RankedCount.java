package org.bellwether.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bellwether.core.Source;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.core.rule.InstantRunoff;
import org.bellwether.core.rule.RankedTieBreak;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.SequentialRunoff;
import org.bellwether.core.rule.SingleTransferableVote;
import org.bellwether.formats.InputException;
import org.bellwether.formats.cvr.RankedTextWriter;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabSummaryCsvWriter;
import org.bellwether.formats.cvr.RctabSummaryWriter;
import picocli.CommandLine;

/**
 * A ranked count as the command line runs it, for {@code rcv} and for {@code tabulate} of cast-vote records (from
 * files or from the store): the rule chosen from the configuration and the options, the count (one outcome, or one
 * per pass of a sequential count), and each outcome written in the format asked for.
 */
final class RankedCount {

    /** The formats a ranked outcome is written in. */
    enum Format {
        TEXT, JSON, CSV, RCTAB_JSON, RCTAB_CSV, NIST_JSON;

        static final String NAMES = "text, json, csv, rctab-json, rctab-csv, nist-json";

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static boolean known(String value) {
            return java.util.Arrays.stream(values()).anyMatch(f -> f.label().equalsIgnoreCase(value));
        }

        static Format parse(String value) {
            return java.util.Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not a format of a"
                            + " ranked count: " + NAMES));
        }
    }

    /** The rule asked for instead of the configuration's. */
    enum RuleName { IRV, STV }

    private final RctabConfig config;
    private final Rule counted;
    private final List<Source> sources;
    private final long storedVersion;
    private final Format format;

    /**
     * @param config        the configuration (its contest, for RCTab's summary header)
     * @param counted       the rule counted under (a sequential count's own rule, not its passes')
     * @param sources       the configuration, then each cast-vote-record file, with their SHA-256
     * @param storedVersion the store's version the ballots were read from, or 0 when read from the files
     */
    RankedCount(RctabConfig config, Rule counted, List<Source> sources, long storedVersion, Format format) {
        this.config = config;
        this.counted = counted;
        this.sources = List.copyOf(sources);
        this.storedVersion = storedVersion;
        this.format = format;
    }

    /** The lines naming the cast-vote records (and the stored version) and the software, as the text opens. */
    private String inputs() {
        String stored = storedVersion > 0 ? "stored: version " + storedVersion + "\n" : "";
        return stored + CastVoteRecordFiles.inputLines(sources.subList(Math.min(1, sources.size()), sources.size()));
    }

    /**
     * The configured rule with the options in force: another rule (carrying the configuration's ballot and count
     * options), the seats of STV, another tie-break.
     */
    static Rule chosen(Rule configured, RuleName rule, Integer seats, RankedTieBreak tie, CommandLine cl) {
        Rule base = configured;
        if (rule != null) {
            base = switch (rule) {
                case IRV -> configured instanceof InstantRunoff irv ? irv : carry(configured, InstantRunoff.standard());
                case STV -> {
                    int n = seats != null ? seats : configured instanceof SingleTransferableVote s ? s.seats() : 2;
                    SingleTransferableVote stv = configured instanceof SingleTransferableVote s
                            ? new SingleTransferableVote(n, s.quota(), s.rounding(), s.threshold(), s.winnersPerRound(),
                                    s.decimalPlaces(), s.ballots(), s.count(), s.tieBreak())
                            : SingleTransferableVote.droop(n);
                    yield carry(configured, stv);
                }
            };
        } else if (seats != null) {
            throw new CommandLine.ParameterException(cl, "--seats needs --rule stv");
        }
        return tie == null ? base : withTieBreak(base, tie);
    }

    private static Rule carry(Rule from, Rule to) {
        if (from instanceof InstantRunoff irv) {
            return to instanceof SingleTransferableVote stv
                    ? stv.withBallots(irv.ballots()).withCount(irv.count()).withTieBreak(irv.tieBreak()) : to;
        }
        if (from instanceof SingleTransferableVote s && to instanceof InstantRunoff irv) {
            return irv.withBallots(s.ballots()).withCount(s.count()).withTieBreak(s.tieBreak());
        }
        return to;
    }

    private static Rule withTieBreak(Rule rule, RankedTieBreak tie) {
        return switch (rule) {
            case InstantRunoff irv -> irv.withTieBreak(tie);
            case SingleTransferableVote stv -> stv.withTieBreak(tie);
            default -> rule;
        };
    }

    /** {@code ask} or {@code random:SEED}. */
    static RankedTieBreak tieBreak(String value, CommandLine cl) {
        if (value.equals("ask")) {
            return RankedTieBreak.BY_LAW;
        }
        if (value.startsWith("random:")) {
            try {
                return new RankedTieBreak.Random(Long.parseLong(value.substring(7)));
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(cl, "--tie-break random:SEED needs a whole number, was '"
                        + value.substring(7) + "'");
            }
        }
        throw new CommandLine.ParameterException(cl, "--tie-break must be ask or random:SEED, was '" + value + "'");
    }

    /** tabulate's --rule for a ranked count: irv (instant-runoff) or stv (stv=N); no other rule counts ranks. */
    static RuleName ruleName(RuleOption rule, CommandLine cl) {
        if (rule == null) {
            return null;
        }
        String r = rule.spec();
        if (r.equals("irv") || r.equals("instant-runoff") || r.equals("ranked-choice")) {
            return RuleName.IRV;
        }
        if (r.equals("stv") || r.matches("stv=\\d+")) {
            return RuleName.STV;
        }
        throw new CommandLine.ParameterException(cl, "--rule " + r + " cannot count ranked ballots: give --rule irv"
                + " or --rule stv [--seats N]");
    }

    /** The seats of --rule stv=N or --seats N, which must agree when both are given. */
    static Integer seats(RuleOption rule, Integer seats, CommandLine cl) {
        if (rule != null && rule.spec().matches("stv=\\d+")) {
            int n = Integer.parseInt(rule.spec().substring(4));
            if (seats != null && seats != n) {
                throw new CommandLine.ParameterException(cl, "--rule " + rule.spec() + " and --seats " + seats
                        + " disagree");
            }
            return n;
        }
        return seats;
    }

    /** tabulate's --tie-break: law (the default) keeps the configuration's; lot:SEED is RCTab's seeded draw. */
    static RankedTieBreak tieBreak(org.bellwether.core.rule.TieBreak given) {
        return switch (given) {
            case null -> null;
            case org.bellwether.core.rule.TieBreak.SeededLot lot -> new RankedTieBreak.Random(lot.seed());
            case org.bellwether.core.rule.TieBreak.Unresolved u ->
                    u.equals(org.bellwether.core.rule.TieBreak.BY_LAW) ? null : RankedTieBreak.BY_LAW;
        };
    }

    /** Counts: one outcome, or one per pass of a sequential count; a count that cannot be made is bad input. */
    static List<RankedOutcome> count(RankedBallots ballots, Rule rule, String file) {
        try {
            return rule instanceof SequentialRunoff sequential ? RankedTabulator.passes(ballots, sequential)
                    : List.of(RankedTabulator.tabulate(ballots, rule));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InputException(file, "", "cannot be counted: " + e.getMessage(), e);
        }
    }

    /**
     * Writes every outcome: to standard output one after another (a heading per pass), or with {@code out} to that
     * file, pass N of a sequential count to FILE_N as RCTab numbers them. {@code inputPaths}: what --out must not name.
     */
    void write(List<RankedOutcome> outcomes, Path out, List<String> inputPaths, PrintWriter stdout)
            throws IOException {
        if (format == Format.JSON || format == Format.CSV || format == Format.NIST_JSON) {
            if (out == null) {
                document(outcomes, stdout);
                stdout.flush();
            } else {
                WholeFile.chars(out, inputPaths, w -> document(outcomes, w));
            }
            return;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            RankedOutcome outcome = outcomes.get(i);
            String heading = outcomes.size() > 1 ? "pass " + (i + 1) + " of " + outcomes.size() + ": " : "";
            if (out == null) {
                stdout.write(heading.isEmpty() ? "" : (i > 0 ? "\n" : "") + "== " + heading + "\n");
                emit(outcome, stdout);
                stdout.flush();
            } else {
                Path target = outcomes.size() == 1 ? out : numbered(out, i + 1);
                WholeFile.chars(target, inputPaths, w -> emit(outcome, w));
            }
        }
    }

    /** {@code summary.json} for pass 2 is {@code summary_2.json}, as RCTab numbers a sequential count's files. */
    private static Path numbered(Path file, int pass) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numberedName = dot > 0 ? name.substring(0, dot) + "_" + pass + name.substring(dot) : name + "_" + pass;
        return file.resolveSibling(numberedName);
    }

    /** One document of every pass: Bellwether's JSON or CSV, or NIST ERR JSON. */
    private void document(List<RankedOutcome> outcomes, Writer writer) throws IOException {
        if (format == Format.CSV) {
            RankedCsv.write(outcomes, writer);
            return;
        }
        if (format == Format.NIST_JSON) {
            new org.bellwether.formats.nist.RankedNistJsonWriter(SoftwareVersion.named()).write(config.jurisdiction(),
                    CastVoteRecordFiles.isoDate(config.date()), outcomes, writer);
            return;
        }
        PrintWriter print = writer instanceof PrintWriter p ? p : new PrintWriter(writer);
        JsonDocument.write(print, "ranked.schema.json", g -> RankedJson.write(g, sources, storedVersion, outcomes));
        print.flush();
    }

    private void emit(RankedOutcome outcome, Writer writer) throws IOException {
        switch (format) {
            case TEXT -> RankedTextWriter.write(outcome, inputs(), writer);
            case RCTAB_CSV -> RctabSummaryCsvWriter.write(outcome, counted,
                    RctabSummaryWriter.Header.of(config, SoftwareVersion.named()), writer);
            case RCTAB_JSON -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                RctabSummaryWriter.write(outcome, RctabSummaryWriter.Header.of(config, SoftwareVersion.named()), bytes);
                writer.write(bytes.toString(StandardCharsets.UTF_8));
            }
            default -> throw new IllegalStateException(format.label() + " is written as one document");
        }
    }
}
