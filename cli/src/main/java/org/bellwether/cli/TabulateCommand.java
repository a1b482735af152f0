package org.bellwether.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bellwether.core.CountReporting;
import org.bellwether.core.Election;
import org.bellwether.core.Reporting;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.rule.Rule;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.bellwether.formats.report.ContestReport;
import org.bellwether.formats.report.ElectionReport;
import org.bellwether.formats.report.Report;
import org.bellwether.store.AsOf;
import org.bellwether.store.ResultsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tabulate", mixinStandardHelpOptions = true,
        description = {"Tabulate contests from one or more results files (any format Bellwether reads; several"
                + " files of one election, e.g. one per county, are read as one), or from the results store as they"
                + " stood at a version or a time (--as-of).",
            "Each contest is decided by its own law (the file's declared rule, else the rulebook entry for the"
                + " election's state, kind and office) unless --rule is given; a count only leads until every unit"
                + " has reported. A first round given beside its runoff is linked to it.",
            "Given an RCTab contest configuration, counts its ranked-choice contest from the cast-vote records it"
                + " names (instant runoff, single transferable vote, bottoms-up, sequential), with --rule irv|stv"
                + " and --seats N to count under another rule: each round's tallies, transfers, inactive ballots by"
                + " cause, eliminations and elections with their reason, and the threshold. --as-of a stored version"
                + " of cast-vote records counts them again under the rule they were stored with (--format rctab-cvr"
                + " writes its export, as its files give it, for a version stored from schema 5 on).",
            "Given the cast-vote records themselves with --rule irv or --rule stv --seats N, finds each file's format"
                + " (or takes --cvr-format), the contest (--contest, when a file has several) and its candidates, and"
                + " counts with RCTab's options given as flags (defaults below); --write-config writes the RCTab"
                + " configuration they amount to.",
            "Example: bellwether tabulate ../shared/data/ga06-2017/sos/export-2017AprSpec.json"
                + " --contest \"District 6\" --by county --by vote-type"})
final class TabulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "results files or folders of them")
    List<Path> files = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "VERSION|TIME", converter = AsOfOption.class,
            description = AsOfOption.HELP)
    AsOf asOf;

    @Option(names = "--election", paramLabel = "KEY",
            description = "with --as-of: the election (as `bellwether versions` lists it), when the store holds several")
    String electionKey;

    @Mixin
    StoreOption store;

    @Option(names = "--contest", paramLabel = "NAME", description = "the contest (exact name, or words of it);"
            + " default: every contest. Of cast-vote records holding several contests: the one counted, by its id or"
            + " its name")
    String contest;

    @Mixin
    LawOptions law;

    @Option(names = "--by", paramLabel = "DIMENSION", split = ",", converter = Breakdowns.Converter.class,
            description = "also split each contest by county, precinct, state or vote-type (repeatable)")
    List<Breakdowns> by = new ArrayList<>();

    @Mixin
    ReadingOptions reading;

    @Mixin
    HartKeyOption hartKey;

    @Mixin
    OutputOptions output;

    @Option(names = "--seats", paramLabel = "N", description = "a ranked count from cast-vote records with --rule"
            + " stv: the seats (default: the configuration's number of winners)")
    Integer seats;

    @Option(names = "--tie-answer", paramLabel = "[PASS:]ROUND:NAME", description = "a ranked count from cast-vote"
            + " records: the answer to a tie the count stopped at (exit code 4 names it): in ROUND (of PASS, in a"
            + " sequential count) NAME is elected or eliminated; repeatable, one per tie")
    List<String> tieAnswers = new ArrayList<>();

    @Option(names = "--tie-answers", paramLabel = "FILE", description = "a ranked count from cast-vote records:"
            + " answers to ties read from FILE, one [PASS:]ROUND:NAME a line as --tie-answer takes them; blank lines and"
            + " lines starting with # passed over")
    Path tieAnswersFile;

    @Mixin
    CvrCountOptions records;

    @Override
    public Integer call() throws java.io.IOException {
        if (asOf == null && files.size() == 1 && RctabConfigReader.isConfiguration(files.get(0))) {
            return rankedFromFiles(files.get(0));
        }
        if (asOf == null && (records.formatGiven() || RankedCount.ruleName(law.rule, null, true) != null
                && CvrCount.allRecords(files))) {
            return rankedFromRecords();
        }
        if (records.writeConfig != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--write-config is for a ranked count of"
                    + " cast-vote records given without an RCTab configuration");
        }
        if (asOf != null && files.isEmpty()) {
            org.bellwether.store.StoredCastVoteRecords stored = storedCastVoteRecords();
            if (stored != null) {
                if (RankedCount.isExport(output.format)) {
                    return StoredCounts.writeExport(stored, output.out, spec.commandLine());
                }
                return ranked(stored.ballots(), StoredCounts.config(stored), StoredCounts.sources(stored),
                        stored.version().number(), List.of());
            }
        }
        if (seats != null || !tieAnswers.isEmpty() || tieAnswersFile != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), (seats != null ? "--seats"
                    : !tieAnswers.isEmpty() ? "--tie-answer" : "--tie-answers")
                    + " is for a ranked count from cast-vote records (an RCTab configuration)");
        }
        List<Election> elections = elections();
        boolean several = elections.size() > 1;
        List<ElectionReport> reports = new ArrayList<>();
        for (int n = 0; n < elections.size(); n++) {
            Election election = reading.withState(elections.get(n));
            List<Integer> chosen = several ? ContestSelection.selectIfAny(election, contest)
                    : ContestSelection.select(election, contest, spec.commandLine());
            if (chosen.isEmpty()) {
                continue;
            }
            List<Reporting> reporting = CountReporting.of(election);
            long[][] votes = election.choiceTotals();
            List<ContestReport> contests = new ArrayList<>();
            for (int index : chosen) {
                contests.add(new ContestReport(law.count(election, index, reporting, votes[index]),
                        Breakdowns.all(by, election, index, spec.commandLine())));
            }
            String heading = several ? "Election " + (n + 1) : "Election";
            reports.add(new ElectionReport(heading, Elections.notesFor(election, chosen), contests));
        }
        if (reports.isEmpty()) {
            ContestSelection.select(elections.get(0), contest, spec.commandLine());
        }
        Report report = new Report("Bellwether tabulation: " + title(elections), SoftwareVersion.get(), reports,
                RunoffPairing.links(reports));
        output.write(report, spec.commandLine().getOut(), spec.commandLine());
        return ExitCodes.OK;
    }

    private int rankedFromFiles(Path config) throws java.io.IOException {
        boolean export = RankedCount.isExport(output.format);
        CastVoteRecordFiles read = CastVoteRecordFiles.read(config, export, hartKey.trusted(),
                spec.commandLine().getErr());
        return export ? RankedCount.writeExport(read, output.out, spec.commandLine().getOut())
                : ranked(read.ballots(), read.config(), read.sources(), 0, read.paths());
    }

    /** A count of cast-vote records without a configuration: the one the options amount to, written if asked. */
    private int rankedFromRecords() throws java.io.IOException {
        CommandLine cl = spec.commandLine();
        records.check(cl);
        RankedCount.RuleName rule = RankedCount.ruleName(law.rule, cl);
        if (rule == null) {
            throw new CommandLine.ParameterException(cl, "cast-vote records without an RCTab configuration need"
                    + " --rule irv or --rule stv --seats N");
        }
        Integer n = RankedCount.seats(law.rule, seats, cl);
        if (rule == RankedCount.RuleName.STV && n == null) {
            throw new CommandLine.ParameterException(cl, "--rule stv needs the seats: --seats N (or --rule stv=N)");
        }
        Path written = records.writeConfig;
        CvrCount.Drafted drafted = CvrCount.draft(files, records, contest, rule == RankedCount.RuleName.IRV ? 0 : n,
                written == null ? null : written.toAbsolutePath().getParent(), cl);
        String text = drafted.text();
        if (written != null) {
            WholeFile.chars(written, files.stream().map(Path::toString).toList(), w -> w.write(text));
        }
        contest = null; // it chose among the records' contests; the count itself takes no --contest
        boolean export = RankedCount.isExport(output.format);
        CastVoteRecordFiles read = CastVoteRecordFiles.fromOptions(text, drafted.rows(), written, export,
                hartKey.trusted(), cl.getErr());
        return export ? RankedCount.writeExport(read, output.out, cl.getOut())
                : ranked(read.ballots(), read.config(), read.sources(), 0, read.paths());
    }

    /** The cast-vote records the store holds at --as-of, or null when that version holds results. */
    private org.bellwether.store.StoredCastVoteRecords storedCastVoteRecords() {
        try (ResultsStore results = store.openExisting()) {
            org.bellwether.store.VersionInfo v = results.resolve(Optional.ofNullable(electionKey), asOf);
            return v.holdsCastVoteRecords() ? results.castVoteRecords(v.number()) : null;
        }
    }

    private int ranked(RankedBallots ballots, RctabConfig config, List<org.bellwether.core.Source> sources,
            long storedVersion, List<String> read) throws java.io.IOException {
        CommandLine cl = spec.commandLine();
        if (contest != null || !by.isEmpty() || law.rulebook != null) {
            throw new CommandLine.ParameterException(cl, "a ranked count from cast-vote records takes none of"
                    + " --contest, --by, --rulebook");
        }
        Rule counted = RankedCount.chosen(config.rule(), RankedCount.ruleName(law.rule, cl),
                RankedCount.seats(law.rule, seats, cl), RankedCount.tieBreak(law.tieBreak), cl);
        List<RankedOutcome> outcomes = RankedCount.count(ballots, counted, config.contestName(),
                TieAnswers.read(tieAnswers, tieAnswersFile, ballots, cl));
        RankedCount.Format format = RankedCount.Format.parse(output.format);
        new RankedCount(config, counted, sources, storedVersion, format).write(outcomes, output.out, read,
                cl.getOut(), cl.getErr());
        return RankedCount.exitCode(outcomes, counted, cl.getErr());
    }

    private static String title(List<Election> elections) {
        List<String> names = elections.stream().map(e -> e.name().isBlank()
                ? "results of " + e.sources().size() + " file(s)" : e.name()).toList();
        return String.join(" and ", names);
    }

    /** From the files, or from the store when --as-of is given: one or the other. */
    private List<Election> elections() {
        if (asOf == null) {
            if (files.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "give results files to tabulate, or --as-of VERSION|TIME to tabulate from the store");
            }
            return Elections.read(files, reading.toReadOptions(), spec.commandLine().getErr());
        }
        if (!files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--as-of tabulates from the store: give no files with it");
        }
        try (ResultsStore results = store.openExisting()) {
            return List.of(results.load(Optional.ofNullable(electionKey), asOf).election());
        }
    }
}
