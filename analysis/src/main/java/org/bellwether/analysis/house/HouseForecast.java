package org.bellwether.analysis.house;

import java.util.List;
import java.util.Objects;

/**
 * The simulated House.
 *
 * @param districts          districts simulated (435 with the 538 table)
 * @param environment        the national environment drawn from, R − D points
 * @param options            the settings used
 * @param meanRepublican     mean Republican seats over the simulations
 * @param low                10th percentile of Republican seats (nearest rank)
 * @param median             50th percentile
 * @param high               90th percentile: [low, high] is the 80% interval
 * @param republicanMajority share of simulations with at least 218 Republican seats
 * @param curve              expected and uniform-swing seats for environments from −15 to +15 points
 */
public record HouseForecast(int districts, Environment environment, HouseOptions options, double meanRepublican,
        int low, int median, int high, double republicanMajority, List<SeatPoint> curve) {

    public HouseForecast {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(options, "options");
        curve = List.copyOf(curve);
    }

    public double meanDemocratic() {
        return districts - meanRepublican;
    }
}
