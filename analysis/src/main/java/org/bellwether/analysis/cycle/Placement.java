package org.bellwether.analysis.cycle;

import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * Where one special stands in the cycle's distribution, counted from the Democratic end (rank 1 is the largest
 * Democratic over-performance). Specials with the same figure share a rank: {@code rank} is 1 + the number more
 * Democratic, and {@code tied} how many others have the same figure.
 *
 * @param name            the special
 * @param environment     its environment, R − D points
 * @param rank            1 + the specials more Democratic than it
 * @param tied            the other specials with exactly its figure
 * @param of              the specials compared
 * @param fromMean        its environment minus the mean (negative: more Democratic than the average)
 * @param fromMedian      its environment minus the median
 * @param moreDemocratic  the share of specials more Democratic than it, as a fraction
 */
public record Placement(String name, BigFraction environment, int rank, int tied, int of, BigFraction fromMean,
        BigFraction fromMedian, BigFraction moreDemocratic) {

    public static Placement of(String name, BigFraction environment, List<BigFraction> cycle) {
        Summary s = Summary.of(cycle);
        int more = (int) cycle.stream().filter(v -> v.compareTo(environment) < 0).count();
        int same = (int) cycle.stream().filter(v -> v.compareTo(environment) == 0).count();
        int tied = Math.max(0, same - 1);
        return new Placement(name, environment, more + 1, tied, cycle.size(), environment.subtract(s.mean()),
                environment.subtract(s.median()), new BigFraction(more, cycle.size()));
    }
}
