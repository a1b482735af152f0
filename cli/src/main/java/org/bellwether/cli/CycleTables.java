package org.bellwether.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.analysis.cycle.CycleDistribution;
import org.bellwether.analysis.cycle.CycleSpecial;
import org.bellwether.analysis.cycle.EnvironmentEstimate;
import org.bellwether.analysis.cycle.Placement;
import org.bellwether.analysis.cycle.PublishedComparison;
import org.bellwether.analysis.cycle.Summary;
import org.bellwether.analysis.house.HouseForecast;
import org.bellwether.formats.specials.PublishedSpecial;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;

/** The cycle's specials as tables: their distribution, where ours stand in it, ours beside FiveThirtyEight's. */
final class CycleTables {

    static final String SIGN = "figures are R - D points: FiveThirtyEight's 'Dem margin improvement over partisan"
            + " lean' with its sign turned, so negative favours Democrats as everywhere in Bellwether";
    /** The specials the issue names, placed in the cycle where the table has them. */
    static final List<String> NAMED = List.of("GA 6th CD", "KS 4th CD", "MT At-Large CD", "SC 5th CD", "CA 34th CD");

    private CycleTables() {
    }

    static Table summary(CycleDistribution d, String cutoff) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(summaryRow("all specials", d.overall()));
        d.byLevel().forEach((level, s) -> rows.add(summaryRow(level.label(), s)));
        return new Table("cycle-summary", "The cycle's specials: over-performance against partisan lean",
                List.of("specials", "count", "average", "median", "sd"), rows,
                List.of(SIGN, "each row of the table is one contest (FiveThirtyEight lists GA-06 once, by its runoff)",
                        "held on or before " + cutoff, "sd: sample standard deviation (n - 1)"));
    }

    static Table months(CycleDistribution d) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<YearMonth, Summary> e : d.byMonth().entrySet()) {
            rows.add(summaryRow(e.getKey().toString(), e.getValue()));
        }
        return new Table("cycle-months", "The cycle's specials by month", List.of("month", "count", "average",
                "median", "sd"), rows, List.of(SIGN));
    }

    private static List<Cell> summaryRow(String label, Summary s) {
        return List.of(Cell.text(label), Cell.count(s.count()), Cell.pointsValue(s.mean()),
                Cell.pointsValue(s.median()), decimal(s.sd(), 2));
    }

    /** The named specials' places, with turnout where Bellwether computed the special itself. */
    static Table placements(CycleRun cycle, CycleDistribution d) {
        List<List<Cell>> rows = new ArrayList<>();
        for (String name : NAMED) {
            Optional<PublishedSpecial> p = cycle.table.stream().filter(r -> r.label().equals(name))
                    .filter(r -> !r.date().isAfter(cycle.cutoff)).findFirst();
            if (p.isEmpty()) {
                continue;
            }
            CycleSpecial s = CycleRun.special(p.get());
            Placement all = d.place(name, s.environment());
            Placement level = d.placeInLevel(name, s.environment(), s.level());
            Optional<LoadedSpecial> ours = cycle.run.specials.stream().filter(l -> cycle.row(l).equals(p)).findFirst();
            rows.add(List.of(Cell.text(name), Cell.text(s.date().toString()), Cell.pointsValue(s.environment()),
                    Cell.text(rank(all)), Cell.pointsValue(all.fromMean()), Cell.pointsValue(all.fromMedian()),
                    Cell.percent(all.moreDemocratic()), Cell.text(rank(level)),
                    ours.map(l -> Cell.votes(l.votes().total().total())).orElse(Cell.empty())));
        }
        return new Table("cycle-placement", "Where the 2017 House specials stand in the cycle",
                List.of("special", "date", "over-performance", "rank (D end)", "minus average", "minus median",
                        "% more D", "rank among congressional", "votes cast"), rows,
                List.of(SIGN, "rank 1 is the largest Democratic over-performance; 'n=k' means k specials share the"
                                + " figure (the table prints whole points)",
                        "votes cast: from Bellwether's own count of the special's results, where the shared data"
                                + " has them (FiveThirtyEight's table gives no turnout)"));
    }

    private static String rank(Placement p) {
        return p.rank() + " of " + p.of() + (p.tied() > 0 ? " (=" + (p.tied() + 1) + ")" : "");
    }

    static Table published(List<PublishedComparison> list) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PublishedComparison c : list) {
            rows.add(List.of(Cell.text(c.name()), Cell.pointsValue(c.special()), Cell.pointsValue(c.district2016()),
                    Cell.pointsValue(c.district2012()), Cell.pointsValue(c.tableLean()),
                    Cell.pointsValue(c.oursAgainstTableLean()), Cell.pointsValue(c.published()),
                    Cell.pointsValue(c.difference()), c.sharedLean().map(Cell::pointsValue).orElse(Cell.empty()),
                    c.oursAgainstSharedLean().map(Cell::pointsValue).orElse(Cell.empty()), Cell.text(c.explanation())));
        }
        return new Table("cycle-published", "Bellwether's over-performance beside FiveThirtyEight's",
                List.of("special", "margin", "President 2016", "President 2012", "table's lean", "ours",
                        "FiveThirtyEight", "difference", "2018 lean", "ours vs 2018 lean", "why"), rows,
                List.of("table's lean: 0.75 x (district - nation, 2016) + 0.25 x (district - nation, 2012), the"
                                + " formula of the table's README, from our precinct-level baselines and the FEC's national"
                                + " totals (2016 R-D -2.10, 2012 R-D -3.86)",
                        "ours = margin - table's lean; FiveThirtyEight's is printed in whole points",
                        "2018 lean: the shared partisan-lean file, a later vintage the other analyses use", SIGN));
    }

    /** The national environment the specials imply, with every assumption named. */
    static Table environment(EnvironmentEstimate e) {
        List<Cell> row = List.of(Cell.text(e.cutoff().toString()), Cell.count(e.counted().size()),
                Cell.text(e.model().weighting().label()), decimal(e.average(), 2), Cell.pointsValue(e.spread().median()),
                decimal(e.spread().sd(), 2), decimal(e.spreadSd(), 2), decimal(e.model().slope(), 2),
                decimal(e.model().stepSd(), 2), decimal(e.mean(), 2), decimal(e.sd(), 2), decimal(e.low80(), 2),
                decimal(e.high80(), 2));
        return new Table("national-environment", "The national House environment the specials imply",
                List.of("cut-off", "specials", "weighting", "average", "median", "sd of specials", "sd of average",
                        "slope", "step sd", "environment", "sd", "80% low", "80% high"), List.of(row),
                List.of("environment = slope x average over-performance; sd = sqrt((slope x sd of average)^2 + step"
                                + " sd^2): the specials' spread (sd / sqrt(n)) and the specials-to-general error",
                        "slope 1.0 and step sd 5.1 by default: CNN's calibration on federal specials in midterm cycles"
                                + " since 1994 (H. Enten, 22 February 2018: a 13-point average over-performance"
                                + " projected a 13-point House win, 95% margin +/-10 points); --slope and --step-sd change them",
                        "weighting 'equal' averages every contest of the table alike (FiveThirtyEight's own"
                                + " average); 'specials' leaves out the regularly scheduled 2017 New Jersey and"
                                + " Virginia elections; 'federal' keeps only U.S. House and Senate contests", SIGN));
    }

    /** The forecast on each day of the path: environment and seats. */
    static Table path(List<EnvironmentEstimate> path, List<HouseForecast> forecasts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            EnvironmentEstimate e = path.get(i);
            HouseForecast f = forecasts.get(i);
            rows.add(List.of(Cell.text(e.cutoff().toString()), Cell.count(e.counted().size()), decimal(e.mean(), 2),
                    decimal(e.low80(), 2), decimal(e.high80(), 2), decimal(f.meanDemocratic(), 1),
                    Cell.count(f.districts() - f.high()), Cell.count(f.districts() - f.low()),
                    decimal(100 * (1 - f.republicanMajority()), 1)));
        }
        return new Table("forecast-path", "The forecast as specials accumulate",
                List.of("as of", "specials", "environment", "80% low", "80% high", "mean D seats", "D seats p10",
                        "D seats p90", "D majority %"), rows,
                List.of("each row uses only the specials held by its day (month ends with at least "
                        + CycleRun.PATH_MINIMUM + " specials counted, then the cut-off), the same model and seed", SIGN));
    }

    static Cell decimal(double value, int decimals) {
        return Cell.decimal(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
