package org.bellwether.analysis.cycle;

import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * Count, mean, median and standard deviation of a set of environments (R − D points). Mean and median are exact
 * (the median of an even count is the mean of the middle two); the sample standard deviation (n − 1) is a double,
 * for the interval only.
 *
 * @param count  how many specials
 * @param mean   their simple average
 * @param median their median
 * @param sd     sample standard deviation; 0 for fewer than two
 */
public record Summary(int count, BigFraction mean, BigFraction median, double sd) {

    public static Summary of(List<BigFraction> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no specials to summarise");
        }
        List<BigFraction> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigFraction mean = sorted.stream().reduce(BigFraction.ZERO, BigFraction::add).divide(n);
        BigFraction median = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(2);
        double m = mean.doubleValue();
        double squares = sorted.stream().mapToDouble(v -> (v.doubleValue() - m) * (v.doubleValue() - m)).sum();
        return new Summary(n, mean, median, n < 2 ? 0 : Math.sqrt(squares / (n - 1)));
    }

    /** The standard error of the mean, sd / √n. */
    public double standardError() {
        return sd / Math.sqrt(count);
    }
}
