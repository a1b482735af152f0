package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.bellwether.core.Election;
import org.bellwether.core.Reconciliation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Compare two sources of the same contest, per county and in all, and list every figure"
                + " that differs. Each source is a file or a folder of files (e.g. one CSV per county).",
            "Example: bellwether reconcile ../shared/data/ga06-2017/sos/export-2017JunSpecRun.json"
                + " ../shared/data/ga06-2017/openelections",
            "Exits with 3 when any figure differs."})
final class ReconcileCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "the first source: a file or a folder")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "the second source: a file or a folder")
    Path b;

    @Option(names = "--contest", paramLabel = "NAME",
            description = "words of the contest's name in both sources; needed when a source has several contests")
    String contest;

    @Mixin
    ReadingOptions reading;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Election left = Inputs.read(List.of(a), reading.toReadOptions(), err);
        Election right = Inputs.read(List.of(b), reading.toReadOptions(), err);
        int ca = onlyContest(left, "A");
        int cb = onlyContest(right, "B");
        Reconciliation result = Reconciliation.compare(left, ca, right, cb);
        print(result, left.contests().get(ca).name(), right.contests().get(cb).name());
        return result.differences().isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENCES;
    }

    private int onlyContest(Election e, String side) {
        List<Integer> chosen = ContestSelection.select(e, contest, spec.commandLine());
        if (chosen.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "source " + side + " has "
                    + chosen.size() + " contests; name one with --contest");
        }
        return chosen.get(0);
    }

    private void print(Reconciliation result, String contestA, String contestB) {
        PrintWriter out = TextLines.of(spec.commandLine().getOut());
        out.println("A: " + a + "  (" + contestA + ")");
        out.println("B: " + b + "  (" + contestB + ")");
        out.println(String.format(Locale.ROOT, "%-28s %-28s %12s %12s %12s", "Unit", "Choice", "A", "B", "B - A"));
        for (Reconciliation.Line line : result.lines()) {
            out.println(String.format(Locale.ROOT, "%-28s %-28s %12s %12s %12s%s", line.unit(), line.choice(),
                    show(line.a()), show(line.b()), difference(line), line.agrees() ? "" : "  DIFFERS"));
        }
        int differ = result.differences().size();
        out.println(differ == 0 ? "All " + result.lines().size() + " figures agree."
                : differ + " of " + result.lines().size() + " figures differ.");
        out.flush();
    }

    private static String show(OptionalLong v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%,d", v.getAsLong()) : "missing";
    }

    private static String difference(Reconciliation.Line line) {
        if (line.a().isEmpty() || line.b().isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, "%+,d", line.b().getAsLong() - line.a().getAsLong());
    }
}
