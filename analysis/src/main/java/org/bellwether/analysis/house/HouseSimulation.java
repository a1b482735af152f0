package org.bellwether.analysis.house;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.analysis.DistrictLean;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * What the specials imply for the House, by simulation.
 *
 * <p>Model. District d's margin (R − D, points) is lean_d + E + ε_d, and the Republican wins when it is above 0.
 * E, the national environment, is drawn for each simulated House from a normal distribution (the estimate the
 * specials imply, {@link Environment}: its sd carries both their spread and the specials-to-general error).
 * ε_d is normal with sd
 * {@code districtSd}, independent across districts. The generator is Hipparchus's WELL19937c with the given seed,
 * draws taken in a fixed order (environment, then districts in table order), so a seed fixes the result.
 * The 80% interval is the 10th to the 90th percentile of Republican seats (Hipparchus {@link Percentile},
 * estimation R_1: the inverse of the empirical distribution, always a seat count that occurred).
 *
 * <p>Seat curve. For a fixed environment e the expected Republican seats are Σ_d Φ((lean_d + e) / districtSd)
 * exactly (Hipparchus {@link NormalDistribution}), and the uniform-swing count is the districts with
 * lean_d + e &gt; 0. No simulation is needed for either.
 */
public final class HouseSimulation {

    public static final int MAJORITY = 218;

    private HouseSimulation() {
    }

    public static HouseForecast run(List<DistrictLean> leans, Environment environment, HouseOptions options) {
        if (leans.isEmpty()) {
            throw new IllegalArgumentException("no district to simulate");
        }
        double[] lean = leans.stream().mapToDouble(l -> l.lean().doubleValue()).toArray();
        double[] seats = simulate(lean, environment, options);
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_1);
        double mean = java.util.Arrays.stream(seats).sum() / seats.length;
        double majority = java.util.Arrays.stream(seats).filter(s -> s >= MAJORITY).count() / (double) seats.length;
        return new HouseForecast(lean.length, environment, options, mean, (int) p.evaluate(seats, 10),
                (int) p.evaluate(seats, 50), (int) p.evaluate(seats, 90), majority,
                curve(leans, options.districtSd(), -15, 15));
    }

    private static double[] simulate(double[] lean, Environment national, HouseOptions options) {
        RandomGenerator random = new Well19937c(options.seed());
        double[] seats = new double[options.simulations()];
        for (int s = 0; s < seats.length; s++) {
            double environment = national.mean() + national.sd() * random.nextGaussian();
            int republican = 0;
            for (double l : lean) {
                if (l + environment + options.districtSd() * random.nextGaussian() > 0) {
                    republican++;
                }
            }
            seats[s] = republican;
        }
        return seats;
    }

    /** The seat curve for whole-point environments {@code from}..{@code to}. */
    public static List<SeatPoint> curve(List<DistrictLean> leans, double districtSd, int from, int to) {
        List<SeatPoint> points = new ArrayList<>();
        for (int e = from; e <= to; e++) {
            points.add(at(leans, districtSd, e));
        }
        return points;
    }

    /** The House at one environment: expected seats with district noise, and the uniform-swing count. */
    public static SeatPoint at(List<DistrictLean> leans, double districtSd, double environment) {
        NormalDistribution noise = new NormalDistribution(0, districtSd);
        double expected = 0;
        int uniform = 0;
        int tied = 0;
        java.math.BigDecimal env = java.math.BigDecimal.valueOf(environment);
        for (DistrictLean l : leans) {
            expected += noise.cumulativeProbability(l.lean().doubleValue() + environment);
            int sign = l.lean().add(env).signum(); // exact decimal sum, so a district exactly at 0 is a tie
            uniform += sign > 0 ? 1 : 0;
            tied += sign == 0 ? 1 : 0;
        }
        return new SeatPoint(environment, expected, uniform, tied);
    }
}
