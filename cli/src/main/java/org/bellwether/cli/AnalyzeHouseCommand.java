package org.bellwether.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.analysis.LeanTable;
import org.bellwether.analysis.house.HouseForecast;
import org.bellwether.analysis.house.HouseOptions;
import org.bellwether.analysis.house.HouseSimulation;
import org.bellwether.analysis.cycle.EnvironmentEstimate;
import org.bellwether.render.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "house", mixinStandardHelpOptions = true,
        description = {"Estimate the national environment from every special of the cycle held by the cut-off"
                + " (FiveThirtyEight's table, each contest once), apply it to every House district's partisan lean"
                + " and simulate the House from a fixed seed; print the inputs and every default, the forecast as"
                + " specials accumulate, the seat curve and the seats for any uniform swing.",
            "Example: bellwether analyze house --as-of 2018-03-27 --swing -8"})
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

    @Mixin
    CycleOptions cycleOptions;

    @Option(names = "--swing", paramLabel = "POINTS", description = "also give the seats for this uniform national"
            + " environment, R - D points, e.g. -8 for D+8 (repeatable)")
    List<Double> swings = new ArrayList<>();

    @Override
    public Integer call() {
        HouseOptions options = new HouseOptions(simulations, seed, districtSd);
        AnalysisRun run = new AnalysisRun(specials, spec.commandLine().getErr());
        CycleRun cycle = new CycleRun(run, cycleOptions, spec.commandLine());
        LeanTable leans = run.leans();
        EnvironmentEstimate estimate = cycle.estimate();
        HouseForecast forecast = HouseSimulation.run(leans.leans(), estimate.environment(), options);
        String source = AnalysisRun.leanSource(leans);
        List<EnvironmentEstimate> path = cycle.path();
        List<HouseForecast> forecasts = path.stream().map(e -> HouseSimulation.run(leans.leans(), e.environment(),
                options)).toList();
        List<Table> tables = new ArrayList<>(List.of(HouseTables.forecast(forecast, source, estimate),
                CycleTables.environment(estimate), CycleTables.path(path, forecasts),
                HouseTables.curve(forecast.curve(), forecast.districts())));
        if (!swings.isEmpty()) {
            Table t = HouseTables.curve(HouseTables.swings(leans.leans(), districtSd, swings), forecast.districts());
            tables.add(new Table("uniform-swing", "Seats at the environments asked for", t.columns(), t.rows(),
                    t.notes()));
        }
        output.write(run.report("Bellwether analysis: the House as of " + cycle.cutoff, tables, Methods.HOUSE),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
