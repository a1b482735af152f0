package org.bellwether.core.ranked;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.bellwether.core.rule.RankedTieBreak;

/**
 * Breaks ties as RCTab does. A random draw uses {@link java.util.Random} seeded once per count, as RCTab does, so
 * a published seed gives RCTab's draw: the tied candidates in name order, and the one at
 * floor(nextDouble() · n) chosen. A generated permutation sorts the declared candidates by name and shuffles them
 * with {@link Collections#shuffle(List, Random)} before the count, as RCTab does. Both algorithms are fixed by the
 * JDK's specification, so the draws repeat on any platform.
 */
final class Ties {

    private final Count count;
    private final RankedTieBreak mode;
    private final Random random;
    private final List<String> permutation;
    private String explanation = "";

    Ties(Count count) {
        this.count = count;
        this.mode = count.settings.tieBreak();
        this.random = switch (mode) {
            case RankedTieBreak.Random r -> new Random(r.seed());
            case RankedTieBreak.PreviousRoundsThenRandom r -> new Random(r.seed());
            case RankedTieBreak.Permutation p -> new Random(p.seed());
            default -> null;
        };
        this.permutation = switch (mode) {
            case RankedTieBreak.Permutation p -> drawnPermutation();
            case RankedTieBreak.CandidateOrder order -> order.order();
            default -> List.of();
        };
    }

    private List<String> drawnPermutation() {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < count.candidates; c++) {
            if (c != count.uwi) {
                names.add(count.name(c));
            }
        }
        Collections.sort(names);
        Collections.shuffle(names, random);
        return List.copyOf(names);
    }

    List<String> permutation() {
        return mode instanceof RankedTieBreak.Permutation ? permutation : List.of();
    }

    String lastExplanation() {
        return explanation;
    }

    /** The candidate who wins ({@code winning}) or loses the tie, or -1 when the count must stop and ask. */
    int breakTie(List<Integer> tied, boolean winning, long units) {
        List<Integer> sorted = byName(tied);
        return switch (mode) {
            case RankedTieBreak.Ask ask -> pending(sorted, winning, units, ask.authority());
            case RankedTieBreak.Random r -> draw(sorted, "drawn at random (seed " + r.seed() + ")");
            case RankedTieBreak.CandidateOrder order -> byOrder(sorted, winning, "the candidate order");
            case RankedTieBreak.Permutation p -> byOrder(sorted, winning, "the permutation drawn with seed "
                    + p.seed());
            case RankedTieBreak.PreviousRoundsThenAsk then -> previousRounds(sorted, winning, units, then.authority());
            case RankedTieBreak.PreviousRoundsThenRandom then -> previousRounds(sorted, winning, units, null);
        };
    }

    private List<Integer> byName(List<Integer> tied) {
        List<Integer> sorted = new ArrayList<>(tied);
        sorted.sort(Comparator.comparing(count::name));
        return sorted;
    }

    private int pending(List<Integer> tied, boolean winning, long units, String authority) {
        TieAnswer answer = count.answerFor(count.round);
        if (answer != null) {
            for (int c : tied) {
                if (count.name(c).equals(answer.candidate())) {
                    explanation = answer.candidate() + " " + (winning ? "elected" : "eliminated") + " among "
                            + names(tied) + " by the answer given for round " + count.round + " (" + authority + ")";
                    return c;
                }
            }
            throw new IllegalArgumentException("contest '" + count.ballots.contest().name() + "': the tie answer for"
                    + " round " + count.round + " names " + answer.candidate() + ", who is not among the tied "
                    + names(tied));
        }
        count.pendingTie = new PendingTie(count.round, tied, count.amount(units, false), winning, authority);
        return -1;
    }

    private int draw(List<Integer> tied, String how) {
        int chosen = tied.get((int) Math.floor(random.nextDouble() * tied.size()));
        explanation = count.name(chosen) + " " + how + " among " + names(tied);
        return chosen;
    }

    private int byOrder(List<Integer> tied, boolean winning, String what) {
        List<String> search = new ArrayList<>(permutation);
        if (!winning) {
            Collections.reverse(search);
        }
        for (String name : search) {
            for (int c : tied) {
                if (count.name(c).equals(name)) {
                    explanation = name + " comes " + (winning ? "earliest" : "latest") + " in " + what + " among "
                            + names(tied);
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("contest '" + count.ballots.contest().name() + "': none of the tied "
                + names(tied) + " is in " + what);
    }

    private int previousRounds(List<Integer> tied, boolean winning, long units, String authority) {
        List<Integer> contention = tied;
        for (int r = count.round - 1; r > 0; r--) {
            Tally earlier = count.tallies.get(r);
            List<Integer> level = winning ? earlier.top(contention) : earlier.bottom(contention);
            contention = inHashOrder(contention, level);
            if (contention.size() == 1) {
                int chosen = contention.get(0);
                explanation = count.name(chosen) + " had the " + (winning ? "most" : "fewest") + " votes ("
                        + count.amount(earlier.units[chosen], earlier.fractional[chosen]) + ") in round " + r
                        + " among " + names(tied);
                return chosen;
            }
        }
        if (authority != null) {
            return pending(contention, winning, units, authority);
        }
        return draw(contention, "drawn at random after the previous rounds' counts still tied (seed "
                + ((RankedTieBreak.PreviousRoundsThenRandom) mode).seed() + ")");
    }

    /**
     * The candidates of {@code level} in the order RCTab holds them after comparing a previous round: the
     * iteration order of a {@link java.util.HashSet} of the names still in contention. A random draw among them
     * indexes that order, so it decides which candidate a seed draws.
     */
    private List<Integer> inHashOrder(List<Integer> contention, List<Integer> level) {
        java.util.Map<String, Integer> byName = new java.util.HashMap<>();
        for (int c : level) {
            byName.put(count.name(c), c);
        }
        List<String> names = new ArrayList<>();
        for (int c : contention) {
            names.add(count.name(c));
        }
        List<Integer> ordered = new ArrayList<>();
        for (String name : new java.util.HashSet<>(names)) {
            if (byName.containsKey(name)) {
                ordered.add(byName.get(name));
            }
        }
        return ordered;
    }

    private String names(List<Integer> tied) {
        List<String> names = new ArrayList<>();
        for (int c : tied) {
            names.add(count.name(c));
        }
        return String.join(", ", names);
    }
}
