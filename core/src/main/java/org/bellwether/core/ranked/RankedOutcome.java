package org.bellwether.core.ranked;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.rule.Rule;

/**
 * The result of a ranked count (instant runoff, single transferable vote), round by round.
 *
 * @param contest      the contest
 * @param rule         the rule applied
 * @param rounds       every round, first to last
 * @param elected      the candidates elected, in the order they were elected
 * @param status       decided, stopped early, or waiting on a tie
 * @param pendingTie   the tie the count stopped at, when {@code status} is {@link RankedStatus#TIE_PENDING}
 * @param ballots      ballots read (RCTab's total number of ballots)
 * @param permutation  for a tie-break by drawn permutation, the order drawn (names, highest first); else empty
 * @param slices       when the ballots were kept by precinct, each precinct's share of every round, in the order
 *                     the precincts were first read; else empty
 */
public record RankedOutcome(Contest contest, Rule rule, List<RankedRound> rounds, List<Choice> elected,
        RankedStatus status, Optional<PendingTie> pendingTie, long ballots, List<String> permutation,
        List<RankedSlice> slices) {

    /** An outcome with no precinct shares. */
    public RankedOutcome(Contest contest, Rule rule, List<RankedRound> rounds, List<Choice> elected,
            RankedStatus status, Optional<PendingTie> pendingTie, long ballots, List<String> permutation) {
        this(contest, rule, rounds, elected, status, pendingTie, ballots, permutation, List.of());
    }

    public RankedOutcome {
        Objects.requireNonNull(contest, "ranked outcome contest");
        Objects.requireNonNull(rule, "ranked outcome rule");
        rounds = List.copyOf(Objects.requireNonNull(rounds, "ranked outcome rounds"));
        elected = List.copyOf(Objects.requireNonNull(elected, "ranked outcome elected"));
        Objects.requireNonNull(status, "ranked outcome status");
        Objects.requireNonNull(pendingTie, "ranked outcome pending tie");
        permutation = List.copyOf(Objects.requireNonNull(permutation, "ranked outcome permutation"));
        slices = List.copyOf(Objects.requireNonNull(slices, "ranked outcome slices"));
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("contest '" + contest.name() + "': a ranked outcome needs a round");
        }
    }

    public RankedRound finalRound() {
        return rounds.get(rounds.size() - 1);
    }

    /** Ballots that ranked nobody (RCTab's undervotes). */
    public BigDecimal noRankings() {
        return rounds.get(0).inactive().get(InactiveCause.NO_RANKINGS);
    }
}
