package org.bellwether.cli;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.analysis.LeanTable;
import org.bellwether.analysis.cycle.CycleDistribution;
import org.bellwether.analysis.cycle.EnvironmentEstimate;
import org.bellwether.analysis.cycle.PublishedComparison;
import org.bellwether.analysis.house.HouseForecast;
import org.bellwether.analysis.house.HouseOptions;
import org.bellwether.analysis.house.HouseSimulation;
import org.bellwether.analysis.specials.OverPerformance;
import org.bellwether.render.Cell;
import org.bellwether.render.CycleChart;
import org.bellwether.render.ForecastPathChart;
import org.bellwether.render.ReportPage;
import org.bellwether.render.SeatCurveChart;
import org.bellwether.render.Table;

/**
 * The report's outlook: where the specials stand among the cycle's (the histogram, placements, ours beside
 * FiveThirtyEight's) and the House they imply, as of the cut-off and as specials accumulated.
 */
final class ReportOutlook {

    private final OverPerformance op;
    private final LeanTable leans;
    private final CycleRun cycle;
    private final HouseOptions options;
    private final EnvironmentEstimate estimate;
    private final HouseForecast house;

    ReportOutlook(OverPerformance op, LeanTable leans, CycleRun cycle, HouseOptions options,
            EnvironmentEstimate estimate, HouseForecast house) {
        this.op = op;
        this.leans = leans;
        this.cycle = cycle;
        this.options = options;
        this.estimate = estimate;
        this.house = house;
    }

    void cycle(ReportPage page) {
        CycleDistribution held = cycle.asOfCutoff();
        List<CycleChart.Marked> marked = new ArrayList<>();
        for (String name : CycleTables.NAMED) {
            cycle.table.stream().filter(p -> p.label().equals(name) && !p.date().isAfter(cycle.cutoff)).findFirst()
                    .ifPresent(p -> marked.add(new CycleChart.Marked(name.replace(" CD", ""),
                            CycleRun.special(p).environment().doubleValue())));
        }
        page.section("The cycle: " + held.specials().size() + " contests", "FiveThirtyEight tracked every state"
                + " and federal contest between a Democrat and a Republican from 20 January 2017 to 27 March 2018."
                + " Each bar counts the contests whose result beat the district's partisan lean by that much.")
                .svg(CycleChart.svg(held.specials().stream().map(s -> s.environment().doubleValue()).toList(), marked,
                        held.overall().mean().doubleValue(), held.overall().median().doubleValue()))
                .note("legend: blue bars lean Democratic, red Republican; solid line: average; dashed: median;"
                        + " yellow dots: the 2017 House specials")
                .table(CycleTables.placements(cycle, held))
                .table(CycleTables.summary(held, cycle.cutoff.toString()));
        List<PublishedComparison> compared = cycle.comparisons(leans);
        page.table(compactComparison(compared));
        compared.forEach(c -> page.note(c.name() + ": " + c.explanation() + "."));
        page.folded("By month", CycleTables.months(held))
                .folded("The comparison in full", CycleTables.published(compared));
    }

    private static Table compactComparison(List<PublishedComparison> list) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PublishedComparison c : list) {
            rows.add(List.of(Cell.text(c.name()), Cell.pointsValue(c.oursAgainstTableLean()),
                    Cell.pointsValue(c.published()), Cell.pointsValue(c.difference()),
                    c.oursAgainstSharedLean().map(Cell::pointsValue).orElse(Cell.empty())));
        }
        return new Table("cycle-compared", "Bellwether's count beside FiveThirtyEight's", List.of("special",
                "ours", "FiveThirtyEight", "difference", "ours vs 2018 lean"), rows,
                List.of("ours: our precinct-level count against the table's own lean formula (0.75 x 2016 + 0.25 x"
                        + " 2012, relative to the nation); FiveThirtyEight prints whole points"));
    }

    void house(ReportPage page) {
        List<EnvironmentEstimate> path = cycle.path();
        List<HouseForecast> forecasts = path.stream().map(e -> HouseSimulation.run(leans.leans(), e.environment(),
                options)).toList();
        List<ForecastPathChart.Point> points = path.stream().map(e -> new ForecastPathChart.Point(e.cutoff()
                .toString(), e.cutoff().toEpochDay(), e.mean(), e.low80(), e.high80())).toList();
        page.section("What it implies for the House", "The average over-performance of the specials held by "
                + cycle.cutoff + " (" + estimate.counted().size() + " contests) is " + CycleChart.signedPoints(
                        estimate.average()) + ". Taken as the national environment, with an interval that adds the"
                + " specials' spread to the error of going from specials to a general election, it gives "
                + CycleChart.signedPoints(estimate.mean()) + " (80%: " + CycleChart.signedPoints(estimate.low80())
                + " to " + CycleChart.signedPoints(estimate.high80()) + ").")
                .svg(ForecastPathChart.svg(points))
                .note("legend: line: the environment the specials held by each date imply; band: its 80% interval;"
                        + " up is Democratic")
                .svg(SeatCurveChart.svg(house.curve(), op.counted()))
                .note("Republican seats by national environment; green lines mark the environment each of the 2017"
                        + " House specials implies by Bellwether's count (one beyond D+15 is drawn at the edge)")
                .table(compactForecast(path, forecasts))
                .folded("The simulation's settings and every default", HouseTables.forecast(house,
                        AnalysisRun.leanSource(leans), estimate))
                .folded("The national environment, step by step", CycleTables.environment(estimate));
    }

    private static Table compactForecast(List<EnvironmentEstimate> path, List<HouseForecast> forecasts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            EnvironmentEstimate e = path.get(i);
            HouseForecast f = forecasts.get(i);
            rows.add(List.of(Cell.text(e.cutoff().toString()), Cell.count(e.counted().size()),
                    Cell.text(CycleChart.signedPoints(e.mean())), Cell.text(CycleChart.signedPoints(e.low80()) + " to "
                            + CycleChart.signedPoints(e.high80())), CycleTables.decimal(f.meanDemocratic(), 0),
                    Cell.text((f.districts() - f.high()) + " to " + (f.districts() - f.low())),
                    CycleTables.decimal(100 * (1 - f.republicanMajority()), 0)));
        }
        return new Table("forecast-summary", "The forecast as specials accumulate", List.of("as of", "specials",
                "environment", "80% interval", "D seats", "D seats, 80%", "D majority %"), rows,
                List.of("each row counts only the specials held by its date; same model, seed and district leans"));
    }
}
