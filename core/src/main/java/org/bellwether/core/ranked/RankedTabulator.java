package org.bellwether.core.ranked;

import java.util.Objects;
import org.bellwether.core.rule.Rule;

/**
 * Counts ranked ballots under a ranked rule ({@link org.bellwether.core.rule.InstantRunoff},
 * {@link org.bellwether.core.rule.SingleTransferableVote}), round by round, with RCTab's order of decisions and
 * its exact arithmetic. Stateless and deterministic: the same ballots, in any order, give the same outcome.
 */
public final class RankedTabulator {

    private RankedTabulator() {
    }

    /**
     * @throws IllegalArgumentException naming the contest, when the rule is not a ranked rule, an excluded
     *                                  candidate is not in the contest, or a ballot cannot be read under the rule
     * @throws ArithmeticException      when a figure exceeds the exact range (2^63 units of the decimal places)
     */
    public static RankedOutcome tabulate(RankedBallots ballots, Rule rule) {
        Objects.requireNonNull(ballots, "ballots");
        Objects.requireNonNull(rule, "rule");
        return new Count(ballots, rule).run();
    }
}
