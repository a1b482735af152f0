package org.bellwether.formats.cvr;

import java.util.List;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.core.ranked.TieAnswer;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.SequentialRunoff;
import org.bellwether.formats.InputException;

/**
 * A ranked count as every output makes it, the command line's and the server's alike: one outcome, or one per
 * pass of a sequential count.
 */
public final class RankedPasses {

    private RankedPasses() {
    }

    /**
     * Counts {@code ballots} under {@code rule} with the answers to ties a count stopped at (stop and ask); a count
     * that cannot be made is bad input of {@code file}.
     */
    public static List<RankedOutcome> count(RankedBallots ballots, Rule rule, String file, List<TieAnswer> answers) {
        try {
            return rule instanceof SequentialRunoff sequential ? RankedTabulator.passes(ballots, sequential, answers)
                    : List.of(RankedTabulator.tabulate(ballots, rule, answers));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InputException(file, "", "cannot be counted: " + e.getMessage(), e);
        }
    }
}
