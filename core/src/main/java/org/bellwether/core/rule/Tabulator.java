package org.bellwether.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bellwether.core.Certification;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Reporting;

/** Applies a {@link Rule} to the votes of one contest. Stateless and deterministic. */
public final class Tabulator {

    private static final Reporting CALLER_COMPLETE = new Reporting(Reporting.Completeness.COMPLETE, -1, -1, "units",
            "stated complete by the caller");

    private Tabulator() {
    }

    /**
     * Counts one contest that the caller knows to be complete and unofficial, under a rule the caller gives.
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
        return tabulate(contest, votes, RuleChoice.given(rule, "by the caller"), tieBreak, CALLER_COMPLETE,
                Certification.UNOFFICIAL);
    }

    /**
     * Counts one contest and says how far the count can be trusted: a partial count, one whose completeness is
     * unknown, or one under an assumed rule only leads; a complete count decides, certified or not.
     *
     * @param reporting     units reporting of units expected
     * @param certification whether the results are certified
     * @throws IllegalArgumentException naming the contest, when the votes do not match its choices, or when the
     *                                  rule counts ranked ballots, which totals cannot decide
     */
    public static Outcome tabulate(Contest contest, long[] votes, RuleChoice rule, TieBreak tieBreak,
            Reporting reporting, Certification certification) {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(votes, "votes");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(tieBreak, "tie-break (use TieBreak.BY_LAW)");
        Objects.requireNonNull(reporting, "reporting (use Reporting.UNKNOWN)");
        Objects.requireNonNull(certification, "certification");
        Ranking ranking = Ranking.of(contest, votes);
        Decision decision = switch (rule.rule()) {
            case Plurality plurality -> Decision.plurality(plurality);
            case TopN topN -> Decision.topN(topN);
            case MajorityRunoff runoff -> Decision.majorityRunoff(runoff, ranking);
            case InstantRunoff irv -> throw rankedOnly(contest, "instant runoff");
            case SingleTransferableVote stv -> throw rankedOnly(contest, "single transferable vote");
            case BottomsUp bottomsUp -> throw rankedOnly(contest, "bottoms-up elimination");
            case BottomsUpThreshold bottomsUp -> throw rankedOnly(contest, "bottoms-up elimination to a threshold");
            case SequentialRunoff sequential -> throw rankedOnly(contest, "sequential instant runoff");
        };
        Cut cut = CutLine.draw(ranking, decision.places(), tieBreak);
        Status status = status(rule, decision, cut, ranking, reporting, certification);
        return outcome(rule, tieBreak, ranking, status instanceof Status.Leading ? decision.provisional() : decision,
                cut, status, reporting);
    }

    private static Status status(RuleChoice rule, Decision decision, Cut cut, Ranking ranking, Reporting reporting,
            Certification certification) {
        if (rule.assumed()) {
            return new Status.Leading(decision.verdict(), Status.Why.RULE_ASSUMED);
        }
        switch (reporting.completeness()) {
            case PARTIAL -> {
                return new Status.Leading(decision.verdict(), Status.Why.PARTIAL_COUNT);
            }
            case UNKNOWN -> {
                return new Status.Leading(decision.verdict(), Status.Why.COMPLETENESS_UNKNOWN);
            }
            case COMPLETE -> {
                // A complete count decides, unless a tie is left to an authority or the law allows a recount.
            }
        }
        if (!cut.pending().isEmpty()) {
            return new Status.TiePending(certification);
        }
        Optional<Long> margin = marginAtCut(ranking, cut);
        if (rule.recount().isPresent() && margin.isPresent()
                && rule.recount().get().within(margin.get(), ranking.total())) {
            return new Status.RecountPossible(decision.verdict(), certification, margin.get(), rule.recount().get());
        }
        return new Status.Decided(decision.verdict(), certification);
    }

    /**
     * The votes between the last choice in and the first choice out; for a majority won outright, between the
     * winner and the runner-up. Empty when nobody is out.
     */
    static Optional<Long> marginAtCut(Ranking ranking, Cut cut) {
        List<Ranking.Entry> entries = ranking.entries();
        int in = cut.winners().size();
        if (in == 0 || in >= entries.size() || cut.fewerThanPlaces()) {
            return Optional.empty();
        }
        return Optional.of(entries.get(in - 1).votes() - entries.get(in).votes());
    }

    private static Outcome outcome(RuleChoice rule, TieBreak tieBreak, Ranking ranking, Decision decision, Cut cut,
            Status status, Reporting reporting) {
        boolean decides = !(status instanceof Status.Leading);
        StandingStatus in = decides ? decision.winning() : StandingStatus.LEADING;
        Round round = new Round(1, standings(ranking, in, cut), ranking.total(), decision.votesNeeded(),
                notes(decision, cut));
        List<Choice> winners = ranking.choices(cut.winners());
        boolean elects = decision.winning() == StandingStatus.ELECTED;
        String explanation = Explanation.of(ranking, decision, cut);
        return new Outcome(ranking.contest(), rule.rule(), rule.source(), tieBreak, List.of(round), winners,
                decides && elects ? winners : List.of(), decides && !elects ? winners : List.of(), status, reporting,
                rule.recount(), cut.tie().stream().toList(), explanation);
    }

    private static IllegalArgumentException rankedOnly(Contest contest, String rule) {
        return new IllegalArgumentException("contest '" + contest.name() + "': " + rule
                + " is counted from ranked ballots (cast-vote records); a totals-only file cannot decide it");
    }

    private static List<Standing> standings(Ranking ranking, StandingStatus in, Cut cut) {
        Set<Integer> winners = Set.copyOf(cut.winners());
        Set<Integer> pending = Set.copyOf(cut.pending());
        return ranking.entries().stream().map(e -> new Standing(ranking.choice(e.index()), e.index(), e.votes(),
                e.rank(), winners.contains(e.index()) ? in
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
