package org.bellwether.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bellwether.core.Election;
import org.bellwether.formats.report.PlainText;
import org.bellwether.store.ImportResult;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.VersionInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Store what the files hold as a new version of their election (the files of one election,"
                + " e.g. one per county, are read as one). Nothing is overwritten: a corrected file makes a new"
                + " version; the same bytes again make none.",
            "Example: bellwether import ../shared/data/ga06-2017/openelections"})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "results files or folders of them")
    List<Path> files;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--name", paramLabel = "NAME",
            description = "the election's name, for files that give none (OpenElections CSV); with the date it"
                    + " decides which election the files are a version of")
    String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = ElectionDay.class,
            description = "the election day, for files that give none (" + ElectionDay.RANGE + ")")
    LocalDate date;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        Election election = named(Inputs.read(files, reading.toReadOptions(), spec.commandLine().getErr()));
        try (ResultsStore results = store.open()) {
            ImportResult result = results.importElection(election, SoftwareVersion.named(), main.clock());
            spec.commandLine().getOut().println(PlainText.escape(describe(result, results.describe())));
        }
        return ExitCodes.OK;
    }

    /** The election with --name and --date filled in where its files give none; a conflict is a usage error. */
    private Election named(Election e) {
        if (name != null && !e.name().isBlank() && !e.name().equals(name.strip())
                || date != null && e.date().isPresent() && !e.date().get().equals(date)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the files name the election '" + e.name()
                    + "' of " + e.date().map(LocalDate::toString).orElse("no date")
                    + "; --name and --date are for files that name none");
        }
        String n = e.name().isBlank() && name != null ? name.strip() : e.name();
        Optional<LocalDate> d = e.date().isEmpty() ? Optional.ofNullable(date) : e.date();
        return new Election(n, d, e.type(), e.contests(), e.units(), e.voteTypes(), e.tallies(), e.statistics(),
                e.sources(), e.notes());
    }

    static String describe(ImportResult result, String store) {
        VersionInfo v = result.version();
        return switch (result) {
            case ImportResult.Created c -> "Stored version " + v.number() + " of " + v.electionKey() + " in " + store
                    + ": " + v.tallies() + " tallies, " + v.changes() + " rows stored"
                    + (c.previous() == 0 ? " (its first version)." : " (changes against version " + c.previous() + ").");
            case ImportResult.Unchanged u -> "Unchanged: the same bytes as version " + v.number() + " of "
                    + v.electionKey() + " in " + store + "; no new version stored.";
        };
    }
}
