package org.bellwether.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.TallyDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show every tally that differs between two versions of an election: unit, contest, choice,"
                + " vote type, votes before and after (- where the tally is not there). Exit 3 when any differs.",
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

    @Override
    public Integer call() {
        List<TallyDiff> diffs;
        try (ResultsStore results = store.openExisting()) {
            diffs = results.diff(before, after);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table(diffs));
        out.println(diffs.size() + " tall" + (diffs.size() == 1 ? "y differs" : "ies differ") + " between versions "
                + before + " and " + after + ".");
        out.flush();
        return diffs.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENCES;
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

    private static String votes(OptionalLong v) {
        return v.isPresent() ? String.format(java.util.Locale.ROOT, "%,d", v.getAsLong()) : ABSENT;
    }
}
