package org.bellwether.analysis.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.bellwether.analysis.house.Environment;

/**
 * The national House environment the cycle's specials imply on a day.
 *
 * <p>mean = slope × average; sd = √((slope × se)² + stepSd²), where se = s / √n is the standard error of the
 * average (the spread of the specials) and stepSd the specials-to-general error. Both parts are independent, so
 * their variances add. The 80% interval is mean ± 1.2816 sd (the normal's 10th and 90th percentiles).
 *
 * @param cutoff  the last election day counted
 * @param model   the model used
 * @param counted the specials counted, in the order given
 * @param average their average over-performance, R − D points
 * @param spread  their summary (mean, median, sd)
 */
public record EnvironmentEstimate(LocalDate cutoff, EnvironmentModel model, List<CycleSpecial> counted,
        double average, Summary spread) {

    static final double Z80 = 1.2815515655446004;

    public EnvironmentEstimate {
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(model, "model");
        counted = List.copyOf(counted);
        Objects.requireNonNull(spread, "spread");
    }

    public static EnvironmentEstimate of(List<CycleSpecial> cycle, LocalDate cutoff, EnvironmentModel model) {
        List<CycleSpecial> counted = cycle.stream().filter(s -> !s.date().isAfter(cutoff))
                .filter(model.weighting()::counts).toList();
        if (counted.isEmpty()) {
            throw new IllegalArgumentException("no special counted by the weighting '" + model.weighting().label()
                    + "' was held by " + cutoff);
        }
        Summary spread = Summary.of(CycleDistribution.values(counted));
        return new EnvironmentEstimate(cutoff, model, counted, spread.mean().doubleValue(), spread);
    }

    public double mean() {
        return model.slope() * average;
    }

    /** The spread part: the slope times the standard error of the average. */
    public double spreadSd() {
        return model.slope() * spread.standardError();
    }

    public double sd() {
        return Math.hypot(spreadSd(), model.stepSd());
    }

    public double low80() {
        return mean() - Z80 * sd();
    }

    public double high80() {
        return mean() + Z80 * sd();
    }

    /** What the House simulation draws from. */
    public Environment environment() {
        return new Environment(mean(), sd());
    }
}
