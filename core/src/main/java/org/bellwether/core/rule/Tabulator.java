package org.bellwether.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;

/** Applies a {@link Rule} to the votes of one contest. Stateless and deterministic. */
public final class Tabulator {

    private Tabulator() {
    }

    /**
     * Counts one contest.
     *
     * @param contest  the contest
     * @param votes    {@code votes[i]} is the votes of {@code contest.choices().get(i)}, none negative
     * @param rule     the rule that turns votes into seats or advancing places
     * @param tieBreak what to do with a tie at the cut line; {@link TieBreak#BY_LAW} leaves it pending
     * @throws IllegalArgumentException naming the contest, when the votes do not match its choices, or when the
     *                                  rule is a ranked one ({@link InstantRunoff}, {@link SingleTransferableVote}),
     *                                  which totals cannot decide
     */
    public static Outcome tabulate(Contest contest, long[] votes, Rule rule, TieBreak tieBreak) {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(votes, "votes");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(tieBreak, "tie-break (use TieBreak.BY_LAW)");
        Ranking ranking = Ranking.of(contest, votes);
        Decision decision = switch (rule) {
            case Plurality plurality -> Decision.plurality(plurality);
            case TopN topN -> Decision.topN(topN);
            case MajorityRunoff runoff -> Decision.majorityRunoff(runoff, ranking);
            case InstantRunoff irv -> throw rankedOnly(contest, "instant runoff");
            case SingleTransferableVote stv -> throw rankedOnly(contest, "single transferable vote");
        };
        Cut cut = CutLine.draw(ranking, decision.places(), tieBreak);
        return outcome(rule, tieBreak, ranking, decision, cut);
    }

    private static IllegalArgumentException rankedOnly(Contest contest, String rule) {
        return new IllegalArgumentException("contest '" + contest.name() + "': " + rule
                + " is counted from ranked ballots (cast-vote records); a totals-only file cannot decide it");
    }

    private static Outcome outcome(Rule rule, TieBreak tieBreak, Ranking ranking, Decision decision, Cut cut) {
        Round round = new Round(1, standings(ranking, decision, cut), ranking.total(), decision.votesNeeded(),
                notes(decision, cut));
        List<Choice> winners = ranking.choices(cut.winners());
        boolean elects = decision.winning() == StandingStatus.ELECTED;
        // A tie left to an authority overrides the rule's status: nothing is final until it is resolved.
        OutcomeStatus status = cut.pending().isEmpty() ? decision.settled() : OutcomeStatus.TIE_PENDING;
        String explanation = Explanation.of(ranking, decision, cut);
        return new Outcome(ranking.contest(), rule, tieBreak, List.of(round), elects ? winners : List.of(),
                elects ? List.of() : winners, status, cut.tie().stream().toList(), explanation);
    }

    private static List<Standing> standings(Ranking ranking, Decision decision, Cut cut) {
        Set<Integer> winners = Set.copyOf(cut.winners());
        Set<Integer> pending = Set.copyOf(cut.pending());
        return ranking.entries().stream().map(e -> new Standing(ranking.choice(e.index()), e.index(), e.votes(),
                e.rank(), winners.contains(e.index()) ? decision.winning()
                        : pending.contains(e.index()) ? StandingStatus.TIED_AT_CUT : StandingStatus.NOT_ELECTED))
                .toList();
    }

    private static List<String> notes(Decision decision, Cut cut) {
        List<String> notes = new ArrayList<>(decision.notes());
        cut.tie().ifPresent(tie -> notes.add("tie at " + Explanation.count(tie.votes()) + " votes for place "
                + tie.place() + ": " + tie.resolution()));
        return notes;
    }
}
