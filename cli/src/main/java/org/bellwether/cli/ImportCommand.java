package org.bellwether.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bellwether.core.Certification;
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
            "Given an RCTab contest configuration, stores the cast-vote records it names as a version: the distinct"
                + " rankings with their counts and each ballot's id, batch, tabulator and precinct.",
            "Example: bellwether import ../shared/data/ga06-2017/openelections"})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "results files or folders of them, or one RCTab"
            + " contest configuration")
    List<Path> files;

    @Mixin
    ReadingOptions reading;

    @Mixin
    HartKeyOption hartKey;

    @Option(names = "--name", paramLabel = "NAME",
            description = "the election's name, for files that give none or to replace theirs (an OpenElections"
                    + " file name gives one); with the date it decides which election the files are a version of")
    String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = ElectionDay.class,
            description = "the election day, for files that give none or to replace theirs (a wrongly dated"
                    + " OpenElections file name; " + ElectionDay.RANGE + ")")
    LocalDate date;

    @Option(names = "--certified",
            description = "declare these results certified (official): outcomes then say so; without it, results"
                    + " are certified only when the files say so (NIST ERR Status certified)")
    boolean certified;

    @Mixin
    StoreOption store;

    @Mixin
    TextOrJson output;

    @Override
    public Integer call() {
        if (files.size() == 1 && org.bellwether.formats.cvr.RctabConfigReader.isConfiguration(files.get(0))) {
            return importCastVoteRecords(files.get(0));
        }
        Election election = declared(reading.withState(named(Inputs.read(files, reading.toReadOptions(),
                spec.commandLine().getErr()))));
        try (ResultsStore results = store.open()) {
            report(results.importElection(election, SoftwareVersion.named(), main.clock()), results);
        }
        return ExitCodes.OK;
    }

    private void report(ImportResult result, ResultsStore results) {
        if (output.json()) {
            JsonDocument.write(spec.commandLine().getOut(), "import.schema.json", g -> json(g, result));
        } else {
            spec.commandLine().getOut().println(PlainText.escape(describe(result, results.describe())));
        }
    }

    /** An RCTab configuration: its contest's cast-vote records, each ballot with its id, batch and precinct. */
    private int importCastVoteRecords(Path config) {
        if (certified) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--certified is for results, not for"
                    + " cast-vote records");
        }
        CastVoteRecordFiles read = CastVoteRecordFiles.read(config, true, hartKey.trusted(),
                spec.commandLine().getErr());
        String n = name != null ? name.strip() : read.config().contestName();
        Optional<LocalDate> d = date != null ? Optional.of(date) : CastVoteRecordFiles.isoDate(read.config().date());
        org.bellwether.store.CastVoteRecordImport cvrs = new org.bellwether.store.CastVoteRecordImport(n, d,
                read.sources(), read.configText(), read.ballots());
        try (ResultsStore results = store.open()) {
            report(results.importCastVoteRecords(cvrs, SoftwareVersion.named(), main.clock()), results);
        }
        return ExitCodes.OK;
    }

    private Election declared(Election e) {
        if (!certified || e.certification() == Certification.CERTIFIED) {
            return e;
        }
        List<String> notes = new java.util.ArrayList<>(e.notes());
        notes.add("declared certified on import (--certified)");
        return e.withCertification(Certification.CERTIFIED).withNotes(notes);
    }

    /**
     * The election with --name and --date in force: they fill in what the files do not give, and override what
     * the files give (an OpenElections file name can be wrong), with a note saying so.
     */
    private Election named(Election e) {
        List<String> notes = new java.util.ArrayList<>(e.notes());
        String n = e.name();
        if (name != null && !name.strip().equals(e.name())) {
            if (!e.name().isBlank()) {
                notes.add("--name " + name.strip() + " replaces the files' name " + e.name());
            }
            n = name.strip();
        }
        Optional<LocalDate> d = e.date();
        if (date != null && !e.date().equals(Optional.of(date))) {
            e.date().ifPresent(had -> notes.add("--date " + date + " replaces the files' date " + had));
            d = Optional.of(date);
        }
        return new Election(n, d, e.type(), e.contests(), e.units(), e.voteTypes(), e.tallies(), e.statistics(),
                e.sources(), notes, e.state(), e.certification());
    }

    static String describe(ImportResult result, String store) {
        VersionInfo v = result.version();
        String held = v.holdsCastVoteRecords() ? v.ballots() + " cast-vote records" : v.tallies() + " tallies";
        return switch (result) {
            case ImportResult.Created c -> "Stored version " + v.number() + " of " + v.electionKey() + " in " + store
                    + ": " + held + ", " + v.changes() + " rows stored"
                    + (c.previous() == 0 ? " (its first version)." : v.holdsCastVoteRecords()
                            ? " (after version " + c.previous() + ")." : " (changes against version " + c.previous()
                            + ").");
            case ImportResult.Unchanged u -> "Unchanged: the same bytes as version " + v.number() + " of "
                    + v.electionKey() + " in " + store + "; no new version stored.";
        };
    }

    private static void json(com.fasterxml.jackson.core.JsonGenerator g, ImportResult result)
            throws java.io.IOException {
        g.writeBooleanField("stored", result instanceof ImportResult.Created);
        if (result instanceof ImportResult.Created c && c.previous() != 0) {
            g.writeNumberField("previous", c.previous());
        } else {
            g.writeNullField("previous");
        }
        g.writeFieldName("version");
        VersionsCommand.version(g, result.version());
    }
}
