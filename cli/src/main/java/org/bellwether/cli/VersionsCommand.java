package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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

    @Mixin
    TextOrJson output;

    @Override
    public Integer call() {
        List<VersionInfo> versions;
        try (ResultsStore results = store.openExisting()) {
            versions = results.versions(Optional.ofNullable(election));
        }
        PrintWriter raw = spec.commandLine().getOut();
        if (output.json()) {
            JsonDocument.write(raw, "versions.schema.json", g -> json(g, versions));
            return ExitCodes.OK;
        }
        PrintWriter out = TextLines.of(raw);
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
        out.println("  " + v.electionName() + ": " + (v.holdsCastVoteRecords() ? v.ballots() + " cast-vote records"
                : v.tallies() + " tallies") + ", " + v.changes() + " rows stored");
        for (StoredSource s : v.sources()) {
            out.println("  " + s.sha256() + "  " + s.path() + "  (" + s.reader() + ")");
        }
    }

    private static void json(JsonGenerator g, List<VersionInfo> versions) throws IOException {
        g.writeArrayFieldStart("versions");
        for (VersionInfo v : versions) {
            version(g, v);
        }
        g.writeEndArray();
    }

    /** One version as an object; {@code import --format json} writes the same. */
    static void version(JsonGenerator g, VersionInfo v) throws IOException {
        g.writeStartObject();
        g.writeNumberField("number", v.number());
        g.writeStringField("electionKey", v.electionKey());
        g.writeStringField("electionName", v.electionName());
        g.writeStringField("importedAt", v.importedAt().toString());
        g.writeStringField("importedBy", v.software());
        g.writeNumberField("tallies", v.tallies());
        g.writeNumberField("ballots", v.ballots());
        g.writeNumberField("rowsStored", v.changes());
        g.writeArrayFieldStart("inputs");
        for (StoredSource s : v.sources()) {
            JsonDocument.input(g, s.path(), s.sha256(), s.reader());
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
