package org.bellwether.core.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;

/**
 * A contest's choices ordered by votes, descending, with the total cast. Equal votes are listed in ballot order
 * so that displays are stable; that order is never used to decide who wins (see {@link CutLine}).
 */
final class Ranking {

    /** One choice's place in the order: its index in the contest, its votes, and the rank it shares. */
    record Entry(int index, long votes, int rank) {
    }

    private final Contest contest;
    private final List<Entry> entries;
    private final long total;

    private Ranking(Contest contest, List<Entry> entries, long total) {
        this.contest = contest;
        this.entries = List.copyOf(entries);
        this.total = total;
    }

    static Ranking of(Contest contest, long[] votes) {
        long total = checkedTotal(contest, votes);
        List<Integer> order = IntStream.range(0, votes.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> votes[i]).reversed().thenComparingInt(i -> i))
                .toList();
        List<Entry> entries = new ArrayList<>(order.size());
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            // Competition ranking ("1, 2, 2, 4"): equal votes share the rank of the first of them.
            boolean sharesRank = position > 0 && votes[i] == entries.get(position - 1).votes();
            entries.add(new Entry(i, votes[i], sharesRank ? entries.get(position - 1).rank() : position + 1));
        }
        return new Ranking(contest, entries, total);
    }

    private static long checkedTotal(Contest contest, long[] votes) {
        String where = "contest '" + contest.name() + "'";
        int choices = contest.choices().size();
        if (votes.length != choices) {
            throw new IllegalArgumentException(
                    where + ": " + votes.length + " vote counts for " + choices + " choices");
        }
        if (choices == 0) {
            throw new IllegalArgumentException(where + " has no choices to tabulate");
        }
        long total = 0;
        for (int i = 0; i < choices; i++) {
            if (votes[i] < 0) {
                throw new IllegalArgumentException(where + ": choice " + i + " (" + contest.choices().get(i).name()
                        + ") has negative votes: " + votes[i]);
            }
            if (total > Long.MAX_VALUE - votes[i]) {
                throw new IllegalArgumentException(where + ": total votes exceed " + Long.MAX_VALUE);
            }
            total += votes[i];
        }
        return total;
    }

    Contest contest() {
        return contest;
    }

    List<Entry> entries() {
        return entries;
    }

    long total() {
        return total;
    }

    Choice choice(int index) {
        return contest.choices().get(index);
    }

    List<Choice> choices(List<Integer> indices) {
        return indices.stream().map(this::choice).toList();
    }
}
