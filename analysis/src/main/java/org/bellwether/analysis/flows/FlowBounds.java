package org.bellwether.analysis.flows;

import java.util.ArrayList;
import java.util.List;

/**
 * What the counts alone identify: the method of bounds (Duncan and Davis, 1953). In one unit, with round 1's
 * group sizes r_k and the runoff's choice sizes c_j over the same N people, the people in group k who made choice j
 * number at least max(0, r_k + c_j − N) and at most min(r_k, c_j) (the Fréchet bounds), and each bound is reached
 * by some table with those margins. The units are independent, so the district's bounds are the sums of the
 * units' bounds. "Did not vote" fills each round up to N, the registered voters.
 */
public final class FlowBounds {

    /** Round 1's groups and the runoff's choices, in the order of {@link Margins}. */
    public static final List<String> FIRST = List.of("R bloc", "D bloc", "other", "did not vote");
    public static final List<String> SECOND = List.of("R", "D", "other", "did not vote");

    private FlowBounds() {
    }

    /**
     * One unit's margins over the same people.
     *
     * @param unit   its name
     * @param first  round 1: R, D, other, did not vote
     * @param second the runoff: R, D, other, did not vote
     */
    public record Margins(String unit, double[] first, double[] second) {
        public Margins {
            first = first.clone();
            second = second.clone();
            if (first.length != 4 || second.length != 4) {
                throw new IllegalArgumentException(unit + ": margins need 4 groups in each round");
            }
        }
    }

    /** Margins from votes and registered voters: "did not vote" is registered minus votes cast in the round. */
    public static Margins margins(String unit, FlowUnit votes, long registered) {
        double[] a = {votes.first().republican().doubleValue(), votes.first().democratic().doubleValue(),
            votes.first().other().doubleValue(), 0};
        double[] b = {votes.second().republican().doubleValue(), votes.second().democratic().doubleValue(),
            votes.second().other().doubleValue(), 0};
        a[3] = registered - (a[0] + a[1] + a[2]);
        b[3] = registered - (b[0] + b[1] + b[2]);
        if (a[3] < 0 || b[3] < 0) {
            throw new IllegalArgumentException(unit + ": more votes than registered voters (" + registered + ")");
        }
        return new Margins(unit, a, b);
    }

    public static List<FlowBound> of(List<Margins> units) {
        List<FlowBound> bounds = new ArrayList<>();
        for (int k = 0; k < FIRST.size(); k++) {
            for (int j = 0; j < SECOND.size(); j++) {
                double low = 0;
                double high = 0;
                double total = 0;
                for (Margins m : units) {
                    double n = sum(m.first());
                    low += Math.max(0, m.first()[k] + m.second()[j] - n);
                    high += Math.min(m.first()[k], m.second()[j]);
                    total += m.first()[k];
                }
                bounds.add(new FlowBound(FIRST.get(k), SECOND.get(j), total, low, high));
            }
        }
        return bounds;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
