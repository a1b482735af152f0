package org.bellwether.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bellwether.core.Choice;

/**
 * A runoff read beside the first round that sent it there, as one story: whether the runoff's choices are exactly
 * those who advanced, each finalist's standing in both, and how turnout changed. Names are matched ignoring case,
 * since sources spell them in capitals or not.
 *
 * @param firstRound  the first round's outcome
 * @param runoff      the runoff's outcome
 * @param differences what does not match: a finalist missing from the runoff, a runoff choice who did not advance
 * @param finalists   each finalist, in the runoff's order
 */
public record RunoffLink(Outcome firstRound, Outcome runoff, List<String> differences, List<Finalist> finalists) {

    public RunoffLink {
        Objects.requireNonNull(firstRound, "first round");
        Objects.requireNonNull(runoff, "runoff");
        differences = List.copyOf(differences);
        finalists = List.copyOf(finalists);
    }

    /**
     * One finalist in both counts.
     *
     * @param name        the name as the runoff gives it
     * @param firstVotes  votes in the first round
     * @param firstRank   rank in the first round
     * @param runoffVotes votes in the runoff
     */
    public record Finalist(String name, long firstVotes, int firstRank, long runoffVotes) {

        /** Votes gained from the first round to the runoff (negative when lost). */
        public long gain() {
            return runoffVotes - firstVotes;
        }
    }

    /** Links a runoff to the first round whose advancing (or, while partial, leading) choices it should have. */
    public static RunoffLink of(Outcome firstRound, Outcome runoff) {
        List<Choice> advanced = firstRound.advancing().isEmpty() ? firstRound.inPosition() : firstRound.advancing();
        Set<String> advancedNames = advanced.stream().map(RunoffLink::key).collect(Collectors.toSet());
        Map<String, Standing> first = firstRound.finalRound().standings().stream()
                .collect(Collectors.toMap(s -> key(s.choice()), Function.identity(), (a, b) -> a));
        List<String> differences = new ArrayList<>();
        if (firstRound.status().verdictSoFar().filter(v -> v == Verdict.RUNOFF).isEmpty()) {
            differences.add("the first round's outcome is " + firstRound.status().code() + ", not a runoff");
        }
        List<Finalist> finalists = new ArrayList<>();
        Set<String> inRunoff = new java.util.HashSet<>();
        for (Standing s : runoff.finalRound().standings()) {
            String k = key(s.choice());
            inRunoff.add(k);
            Standing before = first.get(k);
            if (!advancedNames.contains(k)) {
                differences.add(s.choice().name() + " is in the runoff but did not advance from the first round"
                        + (before == null ? " (not on its ballot)" : " (rank " + before.rank() + ")"));
            }
            finalists.add(new Finalist(s.choice().name(), before == null ? 0 : before.votes(),
                    before == null ? 0 : before.rank(), s.votes()));
        }
        for (Choice c : advanced) {
            if (!inRunoff.contains(key(c))) {
                differences.add(c.name() + " advanced from the first round but is not in the runoff");
            }
        }
        return new RunoffLink(firstRound, runoff, differences, finalists);
    }

    /** Votes cast in the runoff less votes cast in the first round (negative when turnout fell). */
    public long turnoutChange() {
        return runoff.finalRound().totalVotes() - firstRound.finalRound().totalVotes();
    }

    private static String key(Choice c) {
        return c.name().strip().toUpperCase(Locale.ROOT);
    }
}
