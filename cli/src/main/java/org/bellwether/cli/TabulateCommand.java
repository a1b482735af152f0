package org.bellwether.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bellwether.core.CountReporting;
import org.bellwether.core.Election;
import org.bellwether.core.Reporting;
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
            + " default: every contest")
    String contest;

    @Mixin
    LawOptions law;

    @Option(names = "--by", paramLabel = "DIMENSION", split = ",", converter = Breakdowns.Converter.class,
            description = "also split each contest by county, precinct, state or vote-type (repeatable)")
    List<Breakdowns> by = new ArrayList<>();

    @Mixin
    ReadingOptions reading;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
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
            List<ContestReport> contests = new ArrayList<>();
            for (int index : chosen) {
                contests.add(new ContestReport(law.count(election, index, reporting),
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
        output.write(report, spec.commandLine().getOut());
        return ExitCodes.OK;
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
