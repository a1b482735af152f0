package org.bellwether.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.rule.Rule;
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
            "The same as bellwether tabulate CONFIG, kept as its alias.",
            "Example: bellwether rcv 2015_portland_mayor_config.json --format rctab-json --out summary.json"})
final class RcvCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CONFIG", description = "an RCTab contest configuration (JSON)")
    Path config;

    @Option(names = "--rule", paramLabel = "irv|stv", description = "count under this rule instead of the"
            + " configuration's (with the configuration's ballot and count options)")
    RankedCount.RuleName rule;

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

    @Option(names = "--tie-answers", paramLabel = "FILE", description = "answers to ties read from FILE: one"
            + " [PASS:]ROUND:NAME a line, as --tie-answer takes them; blank lines and lines starting with # passed"
            + " over")
    Path tieAnswersFile;

    @Option(names = "--format", paramLabel = "text|csv|rctab-json|rctab-csv|nist-json|nist-xml|rctab-cvr",
            defaultValue = "text",
            converter = FormatConverter.class, description = "output format (default: ${DEFAULT-VALUE}); rctab-cvr is"
                    + " RCTab's normalised cast-vote-record export of the ballots read (no count)")
    RankedCount.Format format;

    @picocli.CommandLine.Mixin
    HartKeyOption hartKey;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (whole or not at all) instead of"
            + " standard output")
    Path out;

    static final class FormatConverter implements CommandLine.ITypeConverter<RankedCount.Format> {
        @Override
        public RankedCount.Format convert(String value) {
            // rcv's json has always been RCTab's summary; tabulate's json is Bellwether's own
            return RankedCount.Format.parse(value.equalsIgnoreCase("json") ? "rctab-json" : value);
        }
    }

    @Override
    public Integer call() throws IOException {
        CastVoteRecordFiles files = CastVoteRecordFiles.read(config, format == RankedCount.Format.RCTAB_CVR,
                hartKey.trusted(), spec.commandLine().getErr());
        if (format == RankedCount.Format.RCTAB_CVR) {
            return RankedCount.writeExport(files, out, spec.commandLine().getOut());
        }
        Rule counted = RankedCount.chosen(files.config().rule(), rule, seats,
                tieBreak == null ? null : RankedCount.tieBreak(tieBreak, spec.commandLine()), spec.commandLine());
        List<RankedOutcome> outcomes = RankedCount.count(files.ballots(), counted, config.getFileName().toString(),
                TieAnswers.read(tieAnswers, tieAnswersFile, files.ballots(), spec.commandLine()));
        new RankedCount(files.config(), counted, files.sources(), 0, format).write(outcomes, out, files.paths(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        return RankedCount.exitCode(outcomes, counted, spec.commandLine().getErr());
    }
}
