package org.bellwether.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.analysis.DistrictLean;
import org.bellwether.analysis.house.HouseForecast;
import org.bellwether.analysis.house.HouseSimulation;
import org.bellwether.analysis.house.SeatPoint;
import org.bellwether.analysis.cycle.EnvironmentEstimate;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;

/** The House forecast, the environments it drew from, the seat curve and any uniform swings asked for. */
final class HouseTables {

    private HouseTables() {
    }

    static Table forecast(HouseForecast f, String leanSource, EnvironmentEstimate e) {
        int n = f.districts();
        List<Cell> row = List.of(Cell.text(e.cutoff().toString()), Cell.count(e.counted().size()), Cell.count(n),
                Cell.count(f.options().simulations()), Cell.decimal(java.math.BigDecimal.valueOf(f.options().seed())),
                decimal(f.options().districtSd(), 2), decimal(f.environment().mean(), 2),
                decimal(f.environment().sd(), 2),
                decimal(f.meanRepublican(), 1), decimal(f.meanDemocratic(), 1), Cell.count(f.low()),
                Cell.count(f.median()), Cell.count(f.high()), Cell.count(n - f.high()), Cell.count(n - f.low()),
                decimal(100 * f.republicanMajority(), 1));
        return new Table("house-forecast", "The House implied by the specials", List.of("cut-off", "specials",
                "districts", "simulations", "seed", "district sd", "national environment", "national sd", "mean R seats", "mean D seats", "R seats p10",
                "R seats median", "R seats p90", "D seats p10", "D seats p90", "R majority %"), List.of(row),
                List.of("80% interval: R seats p10 to p90 (D seats are the rest of the " + n + ")",
                        "model: district margin = lean + E + e_d; E normal with the national environment and sd"
                                + " of the table national-environment, e_d normal with the district sd; WELL19937c"
                                + " generator with the seed; R wins a district when its margin is above 0",
                        "defaults: --simulations 10000, --seed 20170620, --district-sd 5, --weighting equal, --slope"
                                + " 1.0, --step-sd 5.1, --as-of the table's last day",
                        leanSource));
    }

    static Table curve(List<SeatPoint> points, int districts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SeatPoint p : points) {
            rows.add(List.of(decimal(p.environment(), 1), decimal(p.expectedRepublican(), 1),
                    decimal(districts - p.expectedRepublican(), 1), Cell.count(p.uniformRepublican()),
                    Cell.count(districts - p.uniformRepublican() - p.uniformTied()), Cell.count(p.uniformTied())));
        }
        return new Table("seat-curve", "Seat curve: seats as a function of the national environment",
                List.of("environment", "expected R", "expected D", "uniform R", "uniform D", "uniform tied"), rows,
                List.of("environment: national margin R - D in points (-8 is D+8)",
                        "expected: sum over districts of P(lean + environment + e_d > 0), e_d normal with the"
                                + " district sd (exact normal CDF, no simulation)",
                        "uniform: every district moves by the environment, no noise; a district exactly at 0 is"
                                + " tied"));
    }

    static List<SeatPoint> swings(List<DistrictLean> leans, double sd, List<Double> swings) {
        return swings.stream().map(s -> HouseSimulation.at(leans, sd, s)).toList();
    }

    private static Cell decimal(double value, int decimals) {
        return Cell.decimal(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
