package org.bellwether.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.Tabulator;
import org.bellwether.core.rule.TieBreak;
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
            "Example: bellwether tabulate ../shared/data/ga06-2017/sos/export-2017AprSpec.json --rule georgia"
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
            + " default: every contest")
    String contest;

    @Option(names = "--rule", paramLabel = "RULE", defaultValue = "plurality", converter = RuleOption.Converter.class,
            description = "how winners are decided: " + RuleOption.HELP + " (default: ${DEFAULT-VALUE})")
    RuleOption rule;

    @Option(names = "--tie-break", paramLabel = "RULE", defaultValue = "law", converter = TieBreakOption.class,
            description = TieBreakOption.HELP)
    TieBreak tieBreak;

    @Option(names = "--by", paramLabel = "DIMENSION", split = ",", converter = Breakdowns.Converter.class,
            description = "also split each contest by county, precinct, state or vote-type (repeatable)")
    List<Breakdowns> by = new ArrayList<>();

    @Mixin
    ReadingOptions reading;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Election election = election();
        List<ContestReport> contests = new ArrayList<>();
        for (int index : ContestSelection.select(election, contest, spec.commandLine())) {
            contests.add(report(election, index, rule, tieBreak, by, spec.commandLine()));
        }
        String name = election.name().isBlank() ? "results of " + election.sources().size() + " file(s)"
                : election.name();
        Report report = new Report("Bellwether tabulation: " + name, SoftwareVersion.get(),
                List.of(new ElectionReport("Election", election, contests)));
        output.write(report, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** From the files, or from the store when --as-of is given: one or the other. */
    private Election election() {
        if (asOf == null) {
            if (files.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "give results files to tabulate, or --as-of VERSION|TIME to tabulate from the store");
            }
            return Inputs.read(files, reading.toReadOptions(), spec.commandLine().getErr());
        }
        if (!files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--as-of tabulates from the store: give no files with it");
        }
        try (ResultsStore results = store.openExisting()) {
            return results.load(Optional.ofNullable(electionKey), asOf).election();
        }
    }

    static ContestReport report(Election election, int index, RuleOption ruleOption, TieBreak tieBreak,
            List<Breakdowns> by, CommandLine cli) {
        Contest c = election.contests().get(index);
        Rule rule = ruleOption.forContest(c);
        return new ContestReport(Tabulator.tabulate(c, election.choiceTotals(index), rule, tieBreak),
                Breakdowns.all(by, election, index, cli));
    }
}
