package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bellwether.core.Election;
import org.bellwether.core.CountReporting;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.bellwether.formats.report.ContestReport;
import org.bellwether.formats.report.ElectionReport;
import org.bellwether.formats.report.Report;
import org.bellwether.formats.sidefile.ChoiceMetadataFile;
import org.bellwether.store.AsOf;
import org.bellwether.store.ImportResult;
import org.bellwether.store.ResultsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Import the Secretary of State's official exports of Georgia's 6th district special election"
                + " of 18 April 2017 and of its runoff of 20 June 2017 into the results store, then tabulate from the"
                + " store under Georgia law as the rulebook gives it: round 1 by majority (O.C.G.A. 21-2-501), the"
                + " runoff by the most votes, by county and by vote type, and the runoff linked to its first round."
                + " Run again, it finds the same bytes and stores nothing new."})
final class DemoCommand implements Callable<Integer> {

    static final String ROUND_ONE = "sos/export-2017AprSpec.json";
    static final String RUNOFF = "sos/export-2017JunSpecRun.json";
    static final String CONTEST = "U.S. Representative, District 6";
    /** No rule given: each contest is counted under the bundled rulebook's entry for it. */
    private static final LawOptions LAW = new LawOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the GA-06 2017 data folder, holding sos/export-2017AprSpec.json and"
                    + " sos/export-2017JunSpecRun.json (default: ../shared/data/ga06-2017 beside the project when"
                    + " it exists, else the copies shipped in examples/ga06-2017 of the project)")
    Path data;

    @Option(names = "--choices", paramLabel = "FILE",
            description = "party labels for round 1, which the April export lacks"
                    + " (default: examples/ga06-2017/choices.csv of the project)")
    Path choices;

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    StoreOption store;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Path dir = data != null ? data : defaultData(ProjectHome.find());
        Path parties = choices != null ? choices
                : ProjectHome.relative(ProjectHome.find().resolve("examples/ga06-2017/choices.csv"));
        ReadOptions options = ReadOptions.DEFAULT.withTotals(TotalsPolicy.REJECT)
                .withMetadata(ChoiceMetadataFile.load(parties));
        Election april;
        Election june;
        try (ResultsStore results = store.open()) {
            april = throughStore(results, Inputs.read(List.of(dir.resolve(ROUND_ONE)), options, err()));
            june = throughStore(results, Inputs.read(List.of(dir.resolve(RUNOFF)), options, err()));
        }
        List<ElectionReport> elections = List.of(roundOne(april), runoff(june));
        Report report = new Report("Georgia's 6th congressional district, special election 2017",
                SoftwareVersion.get(), elections, RunoffPairing.links(elections));
        output.write(report, spec.commandLine().getOut(), spec.commandLine());
        return ExitCodes.OK;
    }

    /**
     * The shared data folder when it is there (a developer's checkout), else the two exports shipped with the
     * project, so that a bare clone or an installed package runs the demo with nothing beside it.
     */
    static Path defaultData(Path home) {
        Path shared = home.resolve("../shared/data/ga06-2017");
        return ProjectHome.relative(Files.isRegularFile(shared.resolve(ROUND_ONE)) ? shared
                : home.resolve("examples/ga06-2017"));
    }

    /** Imports the election and reads its newest version back: the report is made from what the store holds. */
    private Election throughStore(ResultsStore results, Election read) {
        ImportResult imported = results.importElection(read, SoftwareVersion.named(), main.clock());
        err().println("bellwether: " + ImportCommand.describe(imported, results.describe()));
        err().flush();
        String key = imported.version().electionKey();
        return results.load(Optional.of(key), new AsOf.Version(imported.version().number())).election();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Round 1 under the rule the rulebook gives for a Georgia special election: a majority, else a runoff. */
    private ElectionReport roundOne(Election april) {
        int contest = contest(april);
        ContestReport report = new ContestReport(LAW.count(april, contest, CountReporting.of(april),
                april.choiceTotals(contest)), List.of());
        return new ElectionReport("Round 1", Elections.notesFor(april, List.of(contest)), List.of(report));
    }

    /** The runoff under the rulebook's Georgia runoff entry: the most votes wins. */
    private ElectionReport runoff(Election june) {
        int contest = contest(june);
        ContestReport report = new ContestReport(LAW.count(june, contest, CountReporting.of(june),
                june.choiceTotals(contest)),
                Breakdowns.all(List.of(Breakdowns.COUNTY, Breakdowns.VOTE_TYPE), june, contest, spec.commandLine()));
        return new ElectionReport("Runoff", Elections.notesFor(june, List.of(contest)), List.of(report));
    }

    private int contest(Election e) {
        int index = e.contestIndex(CONTEST);
        if (index < 0) {
            throw new org.bellwether.formats.InputException(e.sources().get(0).path(), "",
                    "has no contest named '" + CONTEST + "'");
        }
        return index;
    }

    /** Where the project is, so the demo finds its data and example files from any working directory. */
    static final class ProjectHome {
        private ProjectHome() {
        }

        static Path find() {
            String env = System.getenv("BELLWETHER_HOME");
            if (env != null && !env.isBlank()) {
                return Path.of(env);
            }
            try {
                Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                // an installed package keeps examples/ beside the jar; a checkout has the jar in cli/target
                for (Path home = jar.getParent(); home != null; home = home.getParent()) {
                    if (Files.isRegularFile(home.resolve("examples/ga06-2017/choices.csv"))) {
                        return home;
                    }
                }
                return Path.of("");
            } catch (java.net.URISyntaxException | RuntimeException e) {
                return Path.of("");
            }
        }

        /** The path relative to the working directory when it can be, so outputs do not depend on the machine. */
        static Path relative(Path path) {
            Path cwd = Path.of("").toAbsolutePath();
            Path abs = path.toAbsolutePath().normalize();
            try {
                return cwd.relativize(abs);
            } catch (IllegalArgumentException e) {
                return abs;
            }
        }
    }
}
