package org.bellwether.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.core.ranked.PendingTie;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedSlice;
import org.bellwether.core.ranked.RankedStatus;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.core.ranked.TieAnswer;
import org.bellwether.core.rule.BottomsUp;
import org.bellwether.core.rule.BottomsUpThreshold;
import org.bellwether.core.rule.InstantRunoff;
import org.bellwether.core.rule.RankedTieBreak;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.SequentialRunoff;
import org.bellwether.core.rule.SingleTransferableVote;
import org.bellwether.formats.InputException;
import org.bellwether.formats.cvr.CastVoteRecords;
import org.bellwether.formats.cvr.CvrSource;
import org.bellwether.formats.cvr.RankedTextWriter;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.bellwether.formats.cvr.RctabSummaryWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rcv", mixinStandardHelpOptions = true,
        description = {"Count a ranked-choice contest (instant runoff or single transferable vote) from its cast-vote"
                + " records, as an RCTab contest configuration describes them (the CVR files it names, its candidates"
                + " and its rules). Prints every round: threshold, tallies, inactive ballots by cause, eliminations"
                + " and elections with their reason, and transfers; --format rctab-json writes RCTab's detailed"
                + " summary JSON, to compare with RCTab's own field by field.",
            "A sequential (multi-pass) count prints each pass; with --out, pass N goes to FILE_N (summary_2.json).",
            "With the configuration's tabulateByPrecinct (or tabulateByBatch), --format rctab-json --out summary.json"
                + " also writes each precinct's (batch's) summary as summary_precinct_NAME.json (summary_batch_NAME.json).",
            "A tie left to a human (tie-break ask, RCTab's stopCountingAndAsk) stops the count with exit code 4 and"
                + " says what to pass: run again with --tie-answer ROUND:NAME (the candidate elected, or eliminated,"
                + " by the tie of that round) and the count goes on from there; repeat for each further tie.",
            "Example: bellwether rcv 2015_portland_mayor_config.json --format rctab-json --out summary.json"})
final class RcvCommand implements Callable<Integer> {

    enum Format { TEXT, RCTAB_JSON }

    enum RuleName { IRV, STV }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CONFIG", description = "an RCTab contest configuration (JSON)")
    Path config;

    @Option(names = "--rule", paramLabel = "irv|stv", description = "count under this rule instead of the"
            + " configuration's (with the configuration's ballot and count options)")
    RuleName rule;

    @Option(names = "--seats", paramLabel = "N", description = "with --rule stv: the seats (default: the"
            + " configuration's number of winners)")
    Integer seats;

    @Option(names = "--tie-break", paramLabel = "ask|random:SEED", description = "break ties this way instead of"
            + " the configuration's way: ask (stop and report the tie) or random:SEED (RCTab's seeded draw)")
    String tieBreak;

    @Option(names = "--tie-answer", paramLabel = "[PASS:]ROUND:NAME", description = "the answer to a tie the count"
            + " stopped at: in ROUND (of PASS, in a sequential count) NAME is elected (a tie for a seat) or eliminated"
            + " (a tie for elimination); repeatable, one per tie")
    List<String> tieAnswers = new java.util.ArrayList<>();

    @Option(names = "--format", paramLabel = "text|rctab-json", defaultValue = "text",
            converter = FormatConverter.class, description = "output format (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (whole or not at all) instead of"
            + " standard output")
    Path out;

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "text" -> Format.TEXT;
                case "rctab-json", "json" -> Format.RCTAB_JSON;
                default -> throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a format: text or rctab-json");
            };
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(config)) {
            throw new InputException(config.toString(), "", "no such file");
        }
        RctabConfig read = RctabConfigReader.read(config);
        Rule counted = chosenRule(read.rule());
        PrintWriter err = spec.commandLine().getErr();
        err.println("bellwether: reading " + read.sources().size() + " cast-vote record file(s)...");
        RankedBallots ballots = CastVoteRecords.read(read);
        err.println("bellwether: " + ballots.ballots() + " ballots, " + ballots.groups() + " distinct; counting...");
        List<TieAnswer> answers = answers(ballots);
        List<RankedOutcome> outcomes;
        try {
            outcomes = counted instanceof SequentialRunoff sequential
                    ? RankedTabulator.passes(ballots, sequential, answers)
                    : List.of(RankedTabulator.tabulate(ballots, counted, answers));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InputException(config.getFileName().toString(), "", "cannot be counted: " + e.getMessage(), e);
        }
        String inputs = inputs(read);
        for (int i = 0; i < outcomes.size(); i++) {
            RankedOutcome outcome = outcomes.get(i);
            String heading = outcomes.size() > 1 ? "pass " + (i + 1) + " of " + outcomes.size() + ": " : "";
            if (out == null) {
                PrintWriter writer = spec.commandLine().getOut();
                writer.write(heading.isEmpty() ? "" : (i > 0 ? "\n" : "") + "== " + heading + "\n");
                emit(outcome, read, inputs, writer);
                writer.flush();
            } else {
                Path target = outcomes.size() == 1 ? out : numbered(out, i + 1);
                WholeFile.chars(target, readPaths(read), w -> emit(outcome, read, inputs, w));
                if (format == Format.RCTAB_JSON) {
                    writePrecincts(outcome, read, target);
                }
            }
        }
        RankedOutcome last = outcomes.get(outcomes.size() - 1);
        if (last.status() == RankedStatus.TIE_PENDING) {
            err.println("bellwether: " + pendingMessage(last, counted instanceof SequentialRunoff ? outcomes.size() : 0));
            return ExitCodes.TIE_PENDING;
        }
        return ExitCodes.OK;
    }

    /**
     * With {@code tabulateByPrecinct}, each precinct's summary beside the count's, as RCTab writes them:
     * {@code summary.json} gives {@code summary_precinct_NAME.json}, NAME the precinct with every character other
     * than a letter, digit, dot or hyphen made an underscore (and cut to 100); two that meet are refused.
     */
    private void writePrecincts(RankedOutcome outcome, RctabConfig read, Path target) {
        read.batchesNotKept().ifPresent(why -> spec.commandLine().getErr().println("bellwether: note: no batch"
                + " summaries: " + why));
        RctabSummaryWriter.SliceKind kind = read.keptByBatch() ? RctabSummaryWriter.SliceKind.BATCH
                : RctabSummaryWriter.SliceKind.PRECINCT;
        java.util.Map<Path, String> seen = new java.util.HashMap<>();
        for (RankedSlice slice : outcome.slices()) {
            String name = target.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String safe = slice.name().replaceAll("[^A-Za-z0-9.-]", "_");
            safe = safe.length() > 100 ? safe.substring(0, 100) : safe; // a file name stays short
            Path file = target.resolveSibling(stem + "_" + kind.key() + "_" + safe
                    + (dot > 0 ? name.substring(dot) : ""));
            String earlier = seen.put(file, slice.name());
            if (earlier != null) {
                throw new InputException(config.getFileName().toString(), "", (kind == RctabSummaryWriter.SliceKind
                        .BATCH ? "batches" : "precincts") + " \"" + earlier + "\" and \"" + slice.name()
                        + "\" would both be written to " + file.getFileName());
            }
            WholeFile.chars(file, readPaths(read), w -> {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                RctabSummaryWriter.write(outcome, slice, kind, RctabSummaryWriter.Header.of(read,
                        SoftwareVersion.named()), bytes);
                w.write(bytes.toString(StandardCharsets.UTF_8));
            });
        }
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

    /** The --tie-answer values, each naming a candidate of the contest. */
    private List<TieAnswer> answers(RankedBallots ballots) {
        List<TieAnswer> answers = new java.util.ArrayList<>();
        for (String raw : tieAnswers) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:([0-9]{1,4}):)?([0-9]{1,6}):(.+)")
                    .matcher(raw);
            if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || (m.group(1) != null
                    && Integer.parseInt(m.group(1)) < 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--tie-answer must be ROUND:NAME or"
                        + " PASS:ROUND:NAME (rounds and passes from 1), was '" + raw + "'");
            }
            String name = m.group(3);
            if (ballots.contest().indexOf(name) < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--tie-answer " + raw + ": '" + name
                        + "' is not a candidate of the contest");
            }
            int pass = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            answers.add(new TieAnswer(pass, Integer.parseInt(m.group(2)), name));
        }
        return answers;
    }

    /** {@code summary.json} for pass 2 is {@code summary_2.json}, as RCTab numbers a sequential count's files. */
    private static Path numbered(Path file, int pass) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numberedName = dot > 0 ? name.substring(0, dot) + "_" + pass + name.substring(dot) : name + "_" + pass;
        return file.resolveSibling(numberedName);
    }

    private void emit(RankedOutcome outcome, RctabConfig read, String inputs, Writer writer) throws IOException {
        if (format == Format.TEXT) {
            RankedTextWriter.write(outcome, inputs, writer);
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        RctabSummaryWriter.write(outcome, RctabSummaryWriter.Header.of(read, SoftwareVersion.named()), bytes);
        writer.write(bytes.toString(StandardCharsets.UTF_8));
    }

    private Rule chosenRule(Rule configured) {
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
            throw new CommandLine.ParameterException(spec.commandLine(), "--seats needs --rule stv");
        }
        return tieBreak == null ? base : withTieBreak(base, parseTieBreak());
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

    private RankedTieBreak parseTieBreak() {
        if (tieBreak.equals("ask")) {
            return RankedTieBreak.BY_LAW;
        }
        if (tieBreak.startsWith("random:")) {
            try {
                return new RankedTieBreak.Random(Long.parseLong(tieBreak.substring(7)));
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--tie-break random:SEED needs a whole"
                        + " number, was '" + tieBreak.substring(7) + "'");
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--tie-break must be ask or random:SEED, was '"
                + tieBreak + "'");
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

    /** The files the count read, which --out must not name: the configuration and its cast-vote records. */
    private List<String> readPaths(RctabConfig read) {
        List<String> paths = new java.util.ArrayList<>(List.of(config.toString()));
        read.sources().forEach(source -> paths.add(source.path().toString()));
        return paths;
    }

    private static String inputs(RctabConfig config) throws IOException {
        StringBuilder s = new StringBuilder();
        for (CvrSource source : config.sources()) {
            s.append("input: ").append(source.path().getFileName()).append(" sha256 ").append(sha256(source.path()))
                    .append('\n');
        }
        s.append("software: ").append(SoftwareVersion.named()).append('\n');
        return s.toString();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
