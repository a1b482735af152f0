package org.bellwether.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.StoredSource;
import org.bellwether.store.VersionInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "List the stored versions of an election (or of every election), oldest first: when each"
                + " was imported, by which software, from which files (with their SHA-256 and reader).")
final class VersionsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ELECTION", description = "an election key as this list shows it")
    String election;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        List<VersionInfo> versions;
        try (ResultsStore results = store.openExisting()) {
            versions = results.versions(Optional.ofNullable(election));
        }
        PrintWriter out = TextLines.of(spec.commandLine().getOut());
        if (versions.isEmpty()) {
            out.println("No versions stored yet.");
        }
        versions.forEach(v -> print(v, out));
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(VersionInfo v, PrintWriter out) {
        out.println("Version " + v.number() + "  " + v.electionKey() + "  imported " + v.importedAt() + " by "
                + v.software());
        out.println("  " + v.electionName() + ": " + v.tallies() + " tallies, " + v.changes() + " rows stored");
        for (StoredSource s : v.sources()) {
            out.println("  " + s.sha256() + "  " + s.path() + "  (" + s.reader() + ")");
        }
    }
}
