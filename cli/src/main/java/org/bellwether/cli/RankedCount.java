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
import org.bellwether.core.ranked.PendingTie;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedSlice;
import org.bellwether.core.ranked.RankedStatus;
import org.bellwether.core.ranked.TieAnswer;
import org.bellwether.core.rule.BottomsUp;
import org.bellwether.core.rule.BottomsUpThreshold;
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
        TEXT, JSON, CSV, RCTAB_JSON, RCTAB_CSV, NIST_JSON, NIST_XML, RCTAB_CVR;

        static final String NAMES = "text, json, csv, rctab-json, rctab-csv, nist-json, nist-xml, rctab-cvr";

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

    /** Whether a format is written from the ballots read rather than from a count: RCTab's CVR export. */
    static boolean isExport(String format) {
        return Format.known(format) && Format.parse(format) == Format.RCTAB_CVR;
    }

    /**
     * Writes RCTab's normalised cast-vote-record export of ballots read keeping their identities, each source
     * named by its path relative to the configuration's folder (as a configuration writes it), or to the working
     * folder when the configuration was made from the command line.
     */
    static int writeExport(CastVoteRecordFiles read, Path out, PrintWriter stdout) throws IOException {
        Path folder = read.configFile() == null ? Path.of("") : read.configFile().toAbsolutePath().getParent();
        return writeExport(read.config(), folder, read.ballots(), read.paths(), out, stdout);
    }

    /**
     * Writes the export of {@code ballots} read under {@code config}, whose sources are named relative to
     * {@code folder}; {@code read} names the files --out must not be.
     */
    static int writeExport(RctabConfig config, Path folder, RankedBallots ballots, List<String> read, Path out,
            PrintWriter stdout) throws IOException {
        Path base = folder.toAbsolutePath().normalize();
        List<String> paths = config.sources().stream().map(s -> base.relativize(s.path().toAbsolutePath()
                .normalize()).toString()).toList();
        if (out == null) {
            org.bellwether.formats.cvr.RctabCvrCsvWriter.write(config, paths, ballots, stdout);
            stdout.flush();
        } else {
            WholeFile.chars(out, read, w -> org.bellwether.formats.cvr.RctabCvrCsvWriter.write(config, paths,
                    ballots, w));
        }
        return ExitCodes.OK;
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
            case BottomsUp b -> new BottomsUp(b.seats(), b.ballots(), b.count(), tie);
            case BottomsUpThreshold b -> b.withTieBreak(tie);
            case SequentialRunoff s -> new SequentialRunoff(s.seats(), s.pass().withTieBreak(tie));
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
        return ruleName(rule, cl, false);
    }

    /** The same; {@code quiet}: null rather than a usage error for a rule that does not count ranks. */
    static RuleName ruleName(RuleOption rule, CommandLine cl, boolean quiet) {
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
        if (quiet) {
            return null;
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
        return count(ballots, rule, file, List.of());
    }

    /** The same, with the answers to ties a count stopped at (stop and ask) given with --tie-answer. */
    static List<RankedOutcome> count(RankedBallots ballots, Rule rule, String file, List<TieAnswer> answers) {
        return org.bellwether.formats.cvr.RankedPasses.count(ballots, rule, file, answers);
    }

    /**
     * The exit code of a count written: {@link ExitCodes#TIE_PENDING}, with what to pass said on {@code err}, when
     * the count stopped at a tie left to a human.
     */
    static int exitCode(List<RankedOutcome> outcomes, Rule counted, PrintWriter err) {
        RankedOutcome last = outcomes.get(outcomes.size() - 1);
        if (last.status() == RankedStatus.TIE_PENDING) {
            err.println("bellwether: " + pendingMessage(last, counted instanceof SequentialRunoff ? outcomes.size() : 0));
            err.flush();
            return ExitCodes.TIE_PENDING;
        }
        return ExitCodes.OK;
    }

    /** What the tie is and what to pass to resolve it; {@code pass} 0 when the count has no passes. */
    static String pendingMessage(RankedOutcome outcome, int pass) {
        PendingTie tie = outcome.pendingTie().orElseThrow();
        // quoted, and with control characters shown as ? so that a name cannot forge a line of the message
        List<String> names = tie.candidates().stream().map(c -> "\"" + outcome.contest().choices().get(c).name()
                .replaceAll("\\p{Cntrl}", "?") + "\"").toList();
        String where = (pass > 0 ? "pass " + pass + ", " : "") + "round " + tie.round();
        String key = (pass > 0 ? pass + ":" : "") + tie.round();
        return "the count stopped at a tie in " + where + ": " + String.join(", ", names) + " at " + tie.votes()
                + " votes each, for " + (tie.forWinning() ? "a seat" : "elimination") + ", to be resolved by "
                + tie.authority() + ". Run again with --tie-answer " + key + ":NAME, NAME the candidate "
                + (tie.forWinning() ? "elected" : "eliminated") + " (one of: " + String.join(" ", names) + ")";
    }

    /**
     * Writes every outcome: to standard output one after another (a heading per pass), or with {@code out} to that
     * file, pass N of a sequential count to FILE_N as RCTab numbers them. {@code inputPaths}: what --out must not name.
     */
    void write(List<RankedOutcome> outcomes, Path out, List<String> inputPaths, PrintWriter stdout, PrintWriter err)
            throws IOException {
        if (format == Format.JSON || format == Format.CSV || format == Format.NIST_JSON || format == Format.NIST_XML) {
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
                if (format == Format.RCTAB_JSON) {
                    writeSlices(outcome, target, inputPaths, err);
                }
            }
        }
    }

    /**
     * With {@code tabulateByPrecinct} (or {@code tabulateByBatch}), each precinct's (batch's) summary beside the
     * count's, as RCTab writes them: {@code summary.json} gives {@code summary_precinct_NAME.json}, NAME the
     * precinct with every character other than a letter, digit, dot or hyphen made an underscore (and cut to 100);
     * two that meet are refused.
     */
    private void writeSlices(RankedOutcome outcome, Path target, List<String> inputPaths, PrintWriter err) {
        config.batchesNotKept().ifPresent(why -> err.println("bellwether: note: no batch summaries: " + why));
        RctabSummaryWriter.SliceKind kind = config.keptByBatch() ? RctabSummaryWriter.SliceKind.BATCH
                : RctabSummaryWriter.SliceKind.PRECINCT;
        String what = inputPaths.isEmpty() ? config.contestName() : Path.of(inputPaths.get(0)).getFileName().toString();
        java.util.Map<Path, String> seen = new java.util.HashMap<>();
        for (RankedSlice slice : outcome.slices()) {
            String name = target.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String safe = slice.name().replaceAll("[^A-Za-z0-9.-]", "_");
            safe = safe.length() > 100 ? safe.substring(0, 100) : safe; // a file name stays short
            Path file = target.resolveSibling(stem + "_" + kind.key() + "_" + safe + (dot > 0 ? name.substring(dot) : ""));
            String earlier = seen.put(file, slice.name());
            if (earlier != null) {
                throw new InputException(what, "", (kind == RctabSummaryWriter.SliceKind.BATCH ? "batches"
                        : "precincts") + " \"" + earlier + "\" and \"" + slice.name() + "\" would both be written to "
                        + file.getFileName());
            }
            WholeFile.chars(file, inputPaths, w -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                RctabSummaryWriter.write(outcome, slice, kind, RctabSummaryWriter.Header.of(config,
                        SoftwareVersion.named()), bytes);
                w.write(bytes.toString(StandardCharsets.UTF_8));
            });
        }
    }

    /** {@code summary.json} for pass 2 is {@code summary_2.json}, as RCTab numbers a sequential count's files. */
    private static Path numbered(Path file, int pass) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numberedName = dot > 0 ? name.substring(0, dot) + "_" + pass + name.substring(dot) : name + "_" + pass;
        return file.resolveSibling(numberedName);
    }

    /** One document of every pass: Bellwether's JSON or CSV, or NIST ERR JSON or XML. */
    private void document(List<RankedOutcome> outcomes, Writer writer) throws IOException {
        if (format == Format.CSV) {
            RankedCsv.write(outcomes, writer);
            return;
        }
        if (format == Format.NIST_JSON || format == Format.NIST_XML) {
            new org.bellwether.formats.nist.RankedNistWriter(SoftwareVersion.named(), format == Format.NIST_XML).write(
                    config.jurisdiction(),
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
