package org.bellwether.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.bellwether.core.Election;
import org.bellwether.core.Reconciliation;
import org.bellwether.store.AsOf;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.TallyDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show every tally that differs between two versions of an election: unit, contest, choice,"
                + " vote type, votes before and after (- where the tally is not there), then each choice's total over"
                + " all units before and after. Exit 3 when any differs.",
            "Two versions of cast-vote records: every ballot added, removed or changed (matched by ballot id), then"
                + " the count's votes in each round where they differ, the rounds and who is elected.",
            "Example: bellwether diff 1 2"})
final class DiffCommand implements Callable<Integer> {

    static final String ABSENT = "-";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "V1", description = "the earlier version")
    long before;

    @Parameters(index = "1", paramLabel = "V2", description = "the later version")
    long after;

    @Mixin
    StoreOption store;

    @Mixin
    TextOrJson output;

    @Override
    public Integer call() {
        try (ResultsStore results = store.openExisting()) {
            org.bellwether.store.VersionInfo first = results.resolve(Optional.empty(), new AsOf.Version(before));
            org.bellwether.store.VersionInfo second = results.resolve(Optional.empty(), new AsOf.Version(after));
            if (first.holdsCastVoteRecords() || second.holdsCastVoteRecords()) {
                if (first.holdsCastVoteRecords() != second.holdsCastVoteRecords()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "version " + (first
                            .holdsCastVoteRecords() ? before : after) + " holds cast-vote records and version "
                            + (first.holdsCastVoteRecords() ? after : before) + " results: diff compares two of a kind");
                }
                if (!first.electionKey().equals(second.electionKey())) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "version " + before + " is of "
                            + first.electionKey() + " and version " + after + " of " + second.electionKey()
                            + ": diff compares two versions of one contest's cast-vote records");
                }
                return castVoteRecords(new CastVoteRecordDiff(results.castVoteRecords(before),
                        results.castVoteRecords(after)));
            }
        }
        List<TallyDiff> diffs;
        Election earlier = null;
        Election later = null;
        try (ResultsStore results = store.openExisting()) {
            diffs = results.diff(before, after);
            if (!diffs.isEmpty() || output.json()) {
                earlier = results.load(Optional.empty(), new AsOf.Version(before)).election();
                later = results.load(Optional.empty(), new AsOf.Version(after)).election();
            }
        }
        PrintWriter raw = spec.commandLine().getOut();
        if (output.json()) {
            Election first = earlier;
            Election second = later;
            JsonDocument.write(raw, "diff.schema.json", g -> DiffJson.write(g, before, after, diffs, first, second));
            return diffs.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENCES;
        }
        PrintWriter out = TextLines.of(raw);
        out.print(table(diffs));
        out.print(diffs.isEmpty() ? "" : totals(earlier, later));
        out.println(diffs.size() + " tall" + (diffs.size() == 1 ? "y differs" : "ies differ") + " between versions "
                + before + " and " + after + ".");
        out.flush();
        return diffs.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENCES;
    }

    private int castVoteRecords(CastVoteRecordDiff diff) {
        PrintWriter raw = spec.commandLine().getOut();
        if (output.json()) {
            JsonDocument.write(raw, "diff.schema.json", g -> {
                g.writeNumberField("before", before);
                g.writeNumberField("after", after);
                g.writeArrayFieldStart("tallies");
                g.writeEndArray();
                g.writeArrayFieldStart("totals");
                g.writeEndArray();
                diff.json(g);
                g.writeNumberField("differences", diff.differences());
            });
        } else {
            PrintWriter out = TextLines.of(raw);
            diff.text(out);
            out.flush();
        }
        return diff.differences() == 0 ? ExitCodes.OK : ExitCodes.DIFFERENCES;
    }

    static String table(List<TallyDiff> diffs) {
        if (diffs.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Unit", "Contest", "Choice", "Vote type", "Before", "After"));
        for (TallyDiff d : diffs) {
            rows.add(List.of(d.unit(), d.contest(), d.choice(), d.voteType(), votes(d.before()), votes(d.after())));
        }
        return Columns.render(rows, 4);
    }

    /**
     * Each choice's votes over all units in both versions, for the contests both have: what a reader wants to see
     * first when, say, election-night precinct figures are followed by certified county figures.
     */
    static String totals(Election earlier, Election later) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Contest", "Choice", "Before", "After", "Change"));
        for (Total t : totalLines(earlier, later)) {
            rows.add(List.of(t.contest(), t.line().choice(), votes(t.line().a()), votes(t.line().b()),
                    change(t.line())));
        }
        return rows.size() == 1 ? "" : "\nTotals over all units, by contest and choice:\n" + Columns.render(rows, 2);
    }

    /** A choice's votes over all units in both versions, in a contest both have. */
    record Total(String contest, Reconciliation.Line line) {
    }

    /** The totals of every choice of the contests both versions have, in the later version's order. */
    static List<Total> totalLines(Election earlier, Election later) {
        List<Total> totals = new ArrayList<>();
        for (int c = 0; c < later.contests().size(); c++) {
            int b = earlier.contestIndex(later.contests().get(c).name());
            if (b < 0) {
                continue;
            }
            for (Reconciliation.Line line : Reconciliation.compare(earlier, b, later, c).lines()) {
                if (line.unit().equals(Reconciliation.ALL_UNITS)) {
                    totals.add(new Total(later.contests().get(c).name(), line));
                }
            }
        }
        return totals;
    }

    private static String change(Reconciliation.Line line) {
        if (line.a().isEmpty() || line.b().isEmpty()) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "%+,d", line.b().getAsLong() - line.a().getAsLong());
    }

    private static String votes(OptionalLong v) {
        return v.isPresent() ? String.format(java.util.Locale.ROOT, "%,d", v.getAsLong()) : ABSENT;
    }
}
