package org.bellwether.core.ranked;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bellwether.core.rule.InstantRunoff;
import org.bellwether.core.rule.SequentialRunoff;
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
        return tabulate(ballots, rule, List.of());
    }

    /**
     * Counts with the answers a human gave to ties an earlier count stopped at (a tie-break that stops and asks):
     * each decides the tie of its round, and the count goes on to the end or to the next tie that needs one.
     *
     * @throws IllegalArgumentException also when an answer names a candidate not in its round's tie, is given for a
     *                                  round with no such tie, or names a pass (only a sequential count has passes)
     */
    public static RankedOutcome tabulate(RankedBallots ballots, Rule rule, List<TieAnswer> answers) {
        Objects.requireNonNull(ballots, "ballots");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(answers, "tie answers");
        for (TieAnswer answer : answers) {
            if (answer.pass() != 1) {
                throw new IllegalArgumentException("contest '" + ballots.contest().name() + "': a tie answer names"
                        + " pass " + answer.pass() + ", but only a sequential count has passes");
            }
        }
        if (rule instanceof SequentialRunoff) {
            throw new IllegalArgumentException("contest '" + ballots.contest().name() + "': a sequential instant"
                    + " runoff is counted in passes, one outcome per seat: use RankedTabulator.passes");
        }
        return new Count(ballots, rule, answers).run();
    }

    /**
     * The passes of a sequential instant runoff, one outcome per seat, as RCTab runs them: each an instant runoff
     * with the earlier passes' winners excluded. Stops early if a pass elects nobody (a tie left pending).
     */
    public static List<RankedOutcome> passes(RankedBallots ballots, SequentialRunoff rule) {
        return passes(ballots, rule, List.of());
    }

    /** The passes, with the answers given to ties that stopped an earlier count (each names its pass). */
    public static List<RankedOutcome> passes(RankedBallots ballots, SequentialRunoff rule, List<TieAnswer> answers) {
        Objects.requireNonNull(ballots, "ballots");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(answers, "tie answers");
        for (TieAnswer answer : answers) {
            if (answer.pass() > rule.seats()) {
                throw new IllegalArgumentException("contest '" + ballots.contest().name() + "': a tie answer names"
                        + " pass " + answer.pass() + ", but the count has " + rule.seats() + " passes");
            }
        }
        List<RankedOutcome> passes = new ArrayList<>();
        List<String> excluded = new ArrayList<>(rule.pass().count().excluded());
        for (int seat = 0; seat < rule.seats(); seat++) {
            InstantRunoff pass = rule.pass().withCount(rule.pass().count().withExcluded(excluded));
            int number = seat + 1;
            List<TieAnswer> forPass = answers.stream().filter(a -> a.pass() == number).toList();
            RankedOutcome outcome = new Count(ballots, pass, forPass).run();
            passes.add(outcome);
            if (outcome.elected().size() != 1) {
                break;
            }
            excluded.add(outcome.elected().get(0).name());
        }
        return List.copyOf(passes);
    }
}
