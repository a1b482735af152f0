package org.bellwether.analysis.flows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bellwether.analysis.Bloc;
import org.bellwether.analysis.BlocVotes;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.vector.constrained.ADMMQPOptimizer;
import org.hipparchus.optim.nonlinear.vector.constrained.LinearBoundedConstraint;
import org.hipparchus.optim.nonlinear.vector.constrained.QuadraticFunction;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * Goodman's ecological regression of the runoff on round 1 over the units both report. For each runoff bloc j:
 * votes_j(unit) = Σ_k rate_kj × round1_k(unit) + error, with no intercept, so rate_kj is the runoff votes for j per
 * round-1 vote of bloc k in the same unit. Fitted twice: by ordinary least squares (Hipparchus
 * {@link OLSMultipleLinearRegression}, with standard errors), and with each rate held in [0, {@value #MAX_RATE}]
 * (Hipparchus {@link ADMMQPOptimizer} on the least-squares quadratic). The bounded fit's uncertainty comes from a
 * seeded bootstrap over units (WELL19937c): units drawn with replacement, the bounded fit repeated, percentiles
 * taken (Hipparchus {@link Percentile}). Counts are scaled to thousands before fitting, which changes no rate.
 *
 * <p>What this cannot do: it assumes one rate for every unit (no aggregation bias); with a dozen units and three
 * nearly collinear blocs the estimates are fragile; and units by vote type do not hold the same voters in both
 * rounds (a round-1 election-day voter may vote early in the runoff).
 */
public final class EcologicalRegression {

    /** Upper bound of a rate: a bloc may bring at most this many runoff votes per round-1 vote. */
    public static final double MAX_RATE = 3.0;
    /**
     * The regressors: round 1's two blocs. The other bloc (176 votes in GA-06's round 1, two independents) is too
     * small to estimate a rate for and, as a third, nearly empty column, makes the fit unstable; its votes are left
     * out of the regression and reported with the bounds.
     */
    private static final List<Bloc> BLOCS = List.of(Bloc.REPUBLICAN, Bloc.DEMOCRATIC);

    private EcologicalRegression() {
    }

    public static List<FlowEstimate> fit(List<FlowUnit> units, int bootstrap, long seed) {
        double[][] x = units.stream().map(u -> row(u.first())).toArray(double[][]::new);
        List<FlowEstimate> estimates = new ArrayList<>();
        for (Bloc to : List.of(Bloc.REPUBLICAN, Bloc.DEMOCRATIC)) {
            double[] y = units.stream().mapToDouble(u -> u.second().of(to).doubleValue() / 1000).toArray();
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.setNoIntercept(true);
            ols.newSampleData(y, x);
            double[] beta = ols.estimateRegressionParameters();
            double[] se = ols.estimateRegressionParametersStandardErrors();
            double[] bounded = bounded(x, y);
            double[][] draws = bootstrap(x, y, bootstrap, seed + to.ordinal());
            for (int k = 0; k < BLOCS.size(); k++) {
                estimates.add(new FlowEstimate(BLOCS.get(k).label(), to.label(), beta[k], se[k], bounded[k],
                        percentile(draws[k], 10), percentile(draws[k], 90), percentile(draws[k], 2.5),
                        percentile(draws[k], 97.5)));
            }
        }
        return estimates;
    }

    private static double[] row(BlocVotes v) {
        return new double[] {v.republican().doubleValue() / 1000, v.democratic().doubleValue() / 1000};
    }

    /** Least squares with bounds: minimise ½βᵀ(2XᵀX)β − 2(Xᵀy)ᵀβ subject to 0 ≤ β ≤ MAX_RATE. */
    static double[] bounded(double[][] x, double[] y) {
        RealMatrix m = MatrixUtils.createRealMatrix(x);
        RealMatrix p = m.transpose().multiply(m).scalarMultiply(2);
        double[] q = m.transpose().operate(y);
        for (int i = 0; i < q.length; i++) {
            q[i] *= -2;
        }
        int n = q.length;
        double[] low = new double[n];
        double[] high = new double[n];
        Arrays.fill(high, MAX_RATE);
        LinearBoundedConstraint box = new LinearBoundedConstraint(MatrixUtils.createRealIdentityMatrix(n)
                .getData(), low, high);
        double[] beta = new ADMMQPOptimizer().optimize(new ObjectiveFunction(new QuadraticFunction(p.getData(), q,
                0)), box).getX().toArray();
        for (int i = 0; i < n; i++) {
            beta[i] = Math.min(MAX_RATE, Math.max(0, beta[i])); // the solver's tolerance may step outside by ~1e-9
        }
        return beta;
    }

    private static double[][] bootstrap(double[][] x, double[] y, int draws, long seed) {
        RandomGenerator random = new Well19937c(seed);
        double[][] rates = new double[x[0].length][draws];
        for (int d = 0; d < draws; d++) {
            double[][] xs = new double[x.length][];
            double[] ys = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                int pick = random.nextInt(x.length);
                xs[i] = x[pick];
                ys[i] = y[pick];
            }
            double[] beta = bounded(xs, ys);
            for (int k = 0; k < beta.length; k++) {
                rates[k][d] = beta[k];
            }
        }
        return rates;
    }

    private static double percentile(double[] values, double p) {
        return new Percentile().evaluate(values, p);
    }
}
