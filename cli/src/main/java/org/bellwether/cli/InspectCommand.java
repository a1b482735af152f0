package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.Source;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.VoteType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Say what results files hold: format, election, contests with their choices and totals,"
                + " reporting units per level, vote types, unit statistics and what the reader checked.")
final class InspectCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "results files or folders of them")
    List<Path> files;

    @Mixin
    ReadingOptions reading;

    @Mixin
    TextOrJson output;

    @Override
    public Integer call() {
        Election e = Inputs.read(files, reading.toReadOptions(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            JsonDocument.write(out, "inspect.schema.json", g -> InspectJson.write(g, e));
            return ExitCodes.OK;
        }
        out.println("Election: " + e.name() + e.date().map(d -> " (" + d + ")").orElse("")
                + ", type " + e.type().name().toLowerCase(Locale.ROOT));
        for (Source s : e.sources()) {
            out.println("  file " + s.path() + "  format " + s.reader() + "  sha256 " + s.sha256());
        }
        out.println("Reporting units: " + unitCounts(e.units()));
        out.println("Vote types: " + String.join(", ", e.voteTypes().stream().map(InspectCommand::voteType).toList()));
        out.println("Unit statistics: " + statistics(e.statistics()));
        out.println("Contests: " + e.contests().size() + ", tallies: " + String.format(Locale.ROOT, "%,d",
                e.tallies().size()));
        long[][] totals = e.choiceTotals();
        for (int i = 0; i < e.contests().size(); i++) {
            contest(out, e.contests().get(i), totals[i]);
        }
        e.notes().forEach(n -> out.println("Note: " + n));
        out.flush();
        return ExitCodes.OK;
    }

    private static void contest(PrintWriter out, Contest c, long[] totals) {
        long sum = java.util.Arrays.stream(totals).sum();
        out.println(String.format(Locale.ROOT, "  %s (vote for %d): %d choices, %,d votes", c.name(), c.voteFor(),
                c.choices().size(), sum));
        for (int i = 0; i < totals.length; i++) {
            out.println(String.format(Locale.ROOT, "    %,12d  %s%s", totals[i], c.choices().get(i).label(),
                    c.choices().get(i).writeIn() ? " [write-in]" : ""));
        }
    }

    private static String unitCounts(List<ReportingUnit> units) {
        Map<UnitLevel, Integer> counts = new EnumMap<>(UnitLevel.class);
        units.forEach(u -> counts.merge(u.level(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(en -> en.getValue() + " " + en.getKey().name().toLowerCase(Locale.ROOT)).toList().toString();
    }

    private static String voteType(VoteType t) {
        return t.label() + " (" + t.category().label().toLowerCase(Locale.ROOT) + ")";
    }

    private static String statistics(List<UnitStatistic> stats) {
        Map<StatisticKind, Long> sums = new EnumMap<>(StatisticKind.class);
        stats.forEach(s -> sums.merge(s.kind(), s.count(), Long::sum));
        if (sums.isEmpty()) {
            return "none";
        }
        return String.join(", ", sums.entrySet().stream().map(en -> en.getKey().label().toLowerCase(Locale.ROOT)
                + " " + String.format(Locale.ROOT, "%,d", en.getValue())).toList());
    }
}
