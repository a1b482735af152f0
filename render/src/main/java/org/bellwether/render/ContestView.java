package org.bellwether.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One contest at one version, as the API and the page show it: everything here is computed from the stored
 * version, so the same version always gives the same view.
 *
 * @param id         the contest's index in the election
 * @param name       its name
 * @param voteFor    how many choices a voter may mark
 * @param rule       the rule that decides it, in words
 * @param status     where it stands
 * @param reporting  how much is counted
 * @param choices    every choice, by votes (ballot order among equals)
 * @param hurdle     what the trailing choice needs of the votes still to come, for a one-seat contest with two or
 *                   more choices
 * @param recount    the law's recount margin and where the count stands against it, in words, when it has one
 * @param byCounty   votes per county, with each county's units reporting
 * @param byVoteType votes per vote type as the source labels it
 * @param byUnit     votes per unit at the contest's finest level (precincts where the source has them)
 * @param declared   what a newsroom declared beside the count (a call, a certification), when the view carries
 *                   declarations: the count of an earlier version alone carries none
 * @param ranked     the round-by-round count, for a ranked-choice contest counted from cast-vote records (its
 *                   {@code choices} are then the first choices, round 1)
 */
public record ContestView(int id, String name, int voteFor, String rule, ContestStatus status,
        ContestReporting reporting, List<ChoiceLine> choices, Optional<Hurdle> hurdle, Optional<String> recount,
        List<UnitLine> byCounty,
        List<VoteTypeLine> byVoteType, List<UnitLine> byUnit, Optional<ContestDeclarations> declared,
        Optional<RankedContest> ranked) {

    /** The count alone, without declarations. */
    public ContestView(int id, String name, int voteFor, String rule, ContestStatus status, ContestReporting reporting,
            List<ChoiceLine> choices, Optional<Hurdle> hurdle, Optional<String> recount, List<UnitLine> byCounty,
            List<VoteTypeLine> byVoteType, List<UnitLine> byUnit) {
        this(id, name, voteFor, rule, status, reporting, choices, hurdle, recount, byCounty, byVoteType, byUnit,
                Optional.empty(), Optional.empty());
    }

    public ContestView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reporting, "reporting");
        choices = List.copyOf(choices);
        Objects.requireNonNull(hurdle, "hurdle");
        Objects.requireNonNull(recount, "recount");
        byCounty = List.copyOf(byCounty);
        byVoteType = List.copyOf(byVoteType);
        byUnit = List.copyOf(byUnit);
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(ranked, "ranked");
    }

    /** The same count with {@code d} beside it. */
    public ContestView withDeclared(ContestDeclarations d) {
        return new ContestView(id, name, voteFor, rule, status, reporting, choices, hurdle, recount, byCounty,
                byVoteType, byUnit, Optional.of(d), ranked);
    }

    /** The same view with its round-by-round count. */
    public ContestView withRanked(RankedContest r) {
        return new ContestView(id, name, voteFor, rule, status, reporting, choices, hurdle, recount, byCounty,
                byVoteType, byUnit, declared, Optional.of(r));
    }

    /** AP's flag for a manual call: {@code X} for the choice a standing call names, else empty. */
    public String callFlag(ChoiceLine choice) {
        return declared.flatMap(ContestDeclarations::call).filter(c -> c.choice().equals(choice.name())).isPresent()
                ? "X" : "";
    }

    /**
     * The share of the votes still to come that the trailing choice needs to overtake the leader (over 100 when it
     * has no path: more than every remaining vote).
     *
     * @param leading  the leader's name
     * @param trailing the runner-up's name
     * @param margin   the leader's lead in votes
     * @param percent  (margin + remaining) / (2 × remaining) as a percentage to one decimal, half even; empty when
     *                 the votes still to come cannot be estimated or none are left
     * @param path     whether the trailing choice can still overtake: the lead is smaller than the remaining votes
     */
    public record Hurdle(String leading, String trailing, long margin, Optional<String> percent, boolean path) {
        public Hurdle {
            Objects.requireNonNull(leading, "leading");
            Objects.requireNonNull(trailing, "trailing");
            Objects.requireNonNull(percent, "percent");
        }
    }

    /** A unit's votes per choice (the contest's choice order), whether it has reported and how many units it has. */
    public record UnitLine(String id, String name, String county, boolean reported, int units, int unitsReporting,
            List<Long> votes) {
        public UnitLine {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(county, "county");
            votes = List.copyOf(votes);
        }

        public long total() {
            return votes.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A vote type's votes per choice, in the contest's choice order. */
    public record VoteTypeLine(String label, String category, List<Long> votes) {
        public VoteTypeLine {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(category, "category");
            votes = List.copyOf(votes);
        }
    }
}
