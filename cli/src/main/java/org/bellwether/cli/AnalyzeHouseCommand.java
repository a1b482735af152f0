package org.bellwether.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.analysis.LeanTable;
import org.bellwether.analysis.house.HouseForecast;
import org.bellwether.analysis.house.HouseOptions;
import org.bellwether.analysis.house.HouseSimulation;
import org.bellwether.analysis.specials.OverPerformance;
import org.bellwether.render.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "house", mixinStandardHelpOptions = true,
        description = {"Apply the specials' over-performance to every House district's partisan lean and simulate"
                + " the House from a fixed seed; print the seat curve and the seats for any uniform swing.",
            "Example: bellwether analyze house --swing -8 --swing 0"})
final class AnalyzeHouseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SpecialsOptions specials;

    @Mixin
    AnalysisOutput output;

    @Option(names = "--simulations", defaultValue = "10000", description = "Houses to simulate (default:"
            + " ${DEFAULT-VALUE})")
    int simulations;

    @Option(names = "--seed", defaultValue = "20170620", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--district-sd", defaultValue = "5", paramLabel = "POINTS",
            description = "sd of a district's own deviation, in points of margin (default: ${DEFAULT-VALUE})")
    double districtSd;

    @Option(names = "--national-sd", defaultValue = "0", paramLabel = "POINTS",
            description = "sd added to each drawn environment, in points (default: ${DEFAULT-VALUE})")
    double nationalSd;

    @Option(names = "--swing", paramLabel = "POINTS", description = "also give the seats for this uniform national"
            + " environment, R - D points, e.g. -8 for D+8 (repeatable)")
    List<Double> swings = new ArrayList<>();

    @Override
    public Integer call() {
        HouseOptions options = new HouseOptions(simulations, seed, districtSd, nationalSd);
        AnalysisRun run = new AnalysisRun(specials, spec.commandLine().getErr());
        LeanTable leans = run.leans();
        OverPerformance op = run.overPerformance(leans);
        List<Double> environments = op.values().stream().map(v -> v.doubleValue()).toList();
        HouseForecast forecast = HouseSimulation.run(leans.leans(), environments, options);
        String source = AnalysisRun.leanSource(leans);
        List<Table> tables = new ArrayList<>(List.of(HouseTables.forecast(forecast, source),
                HouseTables.environments(op), HouseTables.curve(forecast.curve(), forecast.districts())));
        if (!swings.isEmpty()) {
            Table t = HouseTables.curve(HouseTables.swings(leans.leans(), districtSd, swings), forecast.districts());
            tables.add(new Table("uniform-swing", "Seats at the environments asked for", t.columns(), t.rows(),
                    t.notes()));
        }
        output.write(run.report("Bellwether analysis: the House", tables, Methods.SPECIALS),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
