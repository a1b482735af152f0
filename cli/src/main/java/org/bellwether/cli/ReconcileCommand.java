package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.bellwether.core.Election;
import org.bellwether.core.Reconciliation;
import org.bellwether.formats.report.Places;
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

    @Mixin
    TextOrJson output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Election left = Inputs.read(List.of(a), reading.toReadOptions(), err);
        Election right = Inputs.read(List.of(b), reading.toReadOptions(), err);
        int ca = onlyContest(left, "A");
        int cb = onlyContest(right, "B");
        Reconciliation result = Reconciliation.compare(left, ca, right, cb);
        if (output.json()) {
            Places places = Places.of(left).stateFips().isPresent() ? Places.of(left) : Places.of(right);
            JsonDocument.write(spec.commandLine().getOut(), "reconcile.schema.json",
                    g -> json(g, result, side(left, ca, a), side(right, cb, b), places));
        } else {
            print(result, left.contests().get(ca).name(), right.contests().get(cb).name());
        }
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
        PrintWriter out = spec.commandLine().getOut();
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

    private record Side(String path, String contest, Election election) {
    }

    private static Side side(Election e, int contest, Path path) {
        return new Side(path.toString(), e.contests().get(contest).name(), e);
    }

    private static void json(JsonGenerator g, Reconciliation result, Side left, Side right, Places places)
            throws IOException {
        for (Side side : List.of(left, right)) {
            g.writeObjectFieldStart(side == left ? "a" : "b");
            g.writeStringField("path", side.path());
            g.writeStringField("contest", side.contest());
            JsonDocument.sources(g, side.election().sources());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("lines");
        for (Reconciliation.Line line : result.lines()) {
            boolean all = line.unit().equals(Reconciliation.ALL_UNITS);
            g.writeStartObject();
            g.writeStringField("unit", all ? null : line.unit());
            g.writeStringField("countyFips", all ? null : places.countyFips(line.unit()).orElse(null));
            g.writeStringField("choice", line.choice());
            JsonDocument.count(g, "a", line.a());
            JsonDocument.count(g, "b", line.b());
            JsonDocument.change(g, line.a(), line.b());
            g.writeBooleanField("agrees", line.agrees());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("figures", result.lines().size());
        g.writeNumberField("differences", result.differences().size());
    }
}
