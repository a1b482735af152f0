package org.bellwether.core.rule;

import java.util.List;
import java.util.Objects;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;

/**
 * The result of applying a rule to a contest's votes, with every decision recorded: the rounds, who is elected
 * or advances, any tie and how it was treated, and the whole in words.
 *
 * @param contest     the contest counted
 * @param rule        the rule applied
 * @param tieBreak    the tie-break that was in force, whether or not a tie arose
 * @param rounds      the rounds, first to last
 * @param elected     the choices elected, in standings order
 * @param advancing   the choices advancing to a runoff or the general election, in standings order
 * @param status      where the contest stands
 * @param ties        the ties at the cut line
 * @param explanation the outcome in sentences, figures included
 */
public record Outcome(Contest contest, Rule rule, TieBreak tieBreak, List<Round> rounds,
        List<Choice> elected, List<Choice> advancing, OutcomeStatus status,
        List<Tie> ties, String explanation) {

    public Outcome {
        Objects.requireNonNull(contest, "outcome contest");
        Objects.requireNonNull(rule, "outcome rule");
        Objects.requireNonNull(tieBreak, "outcome tie-break");
        rounds = List.copyOf(Objects.requireNonNull(rounds, "outcome rounds"));
        elected = List.copyOf(Objects.requireNonNull(elected, "outcome elected"));
        advancing = List.copyOf(Objects.requireNonNull(advancing, "outcome advancing"));
        Objects.requireNonNull(status, "outcome status");
        ties = List.copyOf(Objects.requireNonNull(ties, "outcome ties"));
        Objects.requireNonNull(explanation, "outcome explanation");
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("contest '" + contest.name() + "': an outcome needs a round");
        }
    }

    /** The last round, the one that decided the outcome. */
    public Round finalRound() {
        return rounds.get(rounds.size() - 1);
    }
}
