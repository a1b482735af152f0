package org.bellwether.analysis.flows;

import java.util.Objects;

/**
 * One transfer rate of the ecological regression: runoff votes for {@code to} per round-1 vote of {@code from}.
 * A rate above 1 means the group brought new voters along; it is a rate per vote, not a share of people.
 *
 * @param from     round 1's bloc
 * @param to       the runoff's bloc
 * @param ols      the unconstrained least-squares estimate (Goodman's regression)
 * @param olsError its standard error
 * @param bounded  the estimate with every rate held in [0, {@link EcologicalRegression#MAX_RATE}]
 * @param low80    10th percentile of the bounded estimate over bootstrap resamples of the units
 * @param high80   90th percentile
 * @param low95    2.5th percentile
 * @param high95   97.5th percentile
 */
public record FlowEstimate(String from, String to, double ols, double olsError, double bounded, double low80,
        double high80, double low95, double high95) {

    public FlowEstimate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
