package org.bellwether.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Reporting;

/**
 * The result of applying a rule to a contest's votes, with every decision recorded: the rule and where it came
 * from, the rounds, who is in, how complete and how official the count is, any tie and how it was treated, and
 * the whole in words. {@code elected} and {@code advancing} are filled only when the count decides; while it
 * only leads, they are empty and {@code inPosition} says who is ahead.
 *
 * @param contest     the contest counted
 * @param rule        the rule applied
 * @param ruleSource  where the rule came from
 * @param tieBreak    the tie-break that was in force, whether or not a tie arose
 * @param rounds      the rounds, first to last
 * @param inPosition  the choices the count puts in (elected, advancing or leading), in standings order
 * @param elected     the choices elected, in standings order; empty unless the count decides
 * @param advancing   the choices advancing to a runoff or the general election; empty unless the count decides
 * @param status      where the contest stands
 * @param reporting   units reporting of units expected
 * @param recount     the law's recount margin, when it has one
 * @param ties        the ties at the cut line
 * @param explanation the outcome in sentences, figures included
 */
public record Outcome(Contest contest, Rule rule, RuleSource ruleSource, TieBreak tieBreak, List<Round> rounds,
        List<Choice> inPosition, List<Choice> elected, List<Choice> advancing, Status status, Reporting reporting,
        Optional<RecountMargin> recount, List<Tie> ties, String explanation) {

    public Outcome {
        Objects.requireNonNull(contest, "outcome contest");
        Objects.requireNonNull(rule, "outcome rule");
        Objects.requireNonNull(ruleSource, "outcome rule source");
        Objects.requireNonNull(tieBreak, "outcome tie-break");
        rounds = List.copyOf(Objects.requireNonNull(rounds, "outcome rounds"));
        inPosition = List.copyOf(Objects.requireNonNull(inPosition, "outcome in position"));
        elected = List.copyOf(Objects.requireNonNull(elected, "outcome elected"));
        advancing = List.copyOf(Objects.requireNonNull(advancing, "outcome advancing"));
        Objects.requireNonNull(status, "outcome status");
        Objects.requireNonNull(reporting, "outcome reporting");
        Objects.requireNonNull(recount, "outcome recount (use Optional.empty())");
        ties = List.copyOf(Objects.requireNonNull(ties, "outcome ties"));
        Objects.requireNonNull(explanation, "outcome explanation");
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("contest '" + contest.name() + "': an outcome needs a round");
        }
        if (status instanceof Status.Leading && !(elected.isEmpty() && advancing.isEmpty())) {
            throw new IllegalArgumentException("contest '" + contest.name() + "': a count that only leads elects"
                    + " nobody and sends nobody on");
        }
    }

    /** The last round, the one that decided the outcome. */
    public Round finalRound() {
        return rounds.get(rounds.size() - 1);
    }

    /** Whether the count decides (complete, under a known rule), rather than only leads. */
    public boolean decides() {
        return !(status instanceof Status.Leading);
    }
}
