package org.bellwether.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One contest's votes per choice, split by reporting unit at one level or by vote category. Rows keep the order
 * in which their units or categories first appear in the election, so outputs are reproducible.
 *
 * @param dimension what the rows are, e.g. {@code county} or {@code vote type}
 * @param rows      one row per unit or category
 */
public record Breakdown(String dimension, List<Row> rows) {

    public Breakdown {
        Objects.requireNonNull(dimension, "breakdown dimension");
        rows = List.copyOf(rows);
    }

    /**
     * @param key   what the row stands for, for programs: the unit's id, or the vote category's name
     *              ({@code election_day})
     * @param label the unit's name or the category's label, for people
     * @param votes votes per choice, in the contest's choice order
     */
    public record Row(String key, String label, List<Long> votes) {
        public Row {
            Objects.requireNonNull(key, "row key");
            Objects.requireNonNull(label, "row label");
            votes = List.copyOf(votes);
        }

        /** A row whose key is its label. */
        public Row(String label, List<Long> votes) {
            this(label, label, votes);
        }

        public long total() {
            return votes.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Votes rolled up to the units of {@code level}; tallies of units above that level are left out. */
    public static Breakdown byLevel(Election election, int contest, UnitLevel level) {
        UnitTree tree = new UnitTree(election.units());
        Map<Integer, long[]> sums = sums(election, contest, unit -> tree.ancestorAt(unit, level), (u, v) -> u);
        List<Row> rows = new ArrayList<>();
        sums.forEach((unit, votes) -> rows.add(row(election.units().get(unit).id(), election.units().get(unit).name(),
                votes)));
        return new Breakdown(level.name().toLowerCase(java.util.Locale.ROOT), rows);
    }

    /** Votes per standard vote category, in the order of {@link VoteCategory}. */
    public static Breakdown byVoteCategory(Election election, int contest) {
        Map<Integer, long[]> sums = sums(election, contest, unit -> 0,
                (u, voteType) -> election.voteTypes().get(voteType).category().ordinal());
        List<Row> rows = new ArrayList<>();
        for (VoteCategory category : VoteCategory.values()) {
            long[] votes = sums.get(category.ordinal());
            if (votes != null) {
                rows.add(row(category.name().toLowerCase(java.util.Locale.ROOT), category.label(), votes));
            }
        }
        return new Breakdown("vote type", rows);
    }

    private static Map<Integer, long[]> sums(Election election, int contest,
            java.util.function.IntUnaryOperator unitKey, java.util.function.IntBinaryOperator rowKey) {
        int choices = election.contests().get(contest).choices().size();
        Map<Integer, long[]> sums = new LinkedHashMap<>();
        election.tallies().forEach((c, choice, unit, voteType, votes) -> {
            int u = c == contest ? unitKey.applyAsInt(unit) : -1;
            if (u >= 0) {
                sums.computeIfAbsent(rowKey.applyAsInt(u, voteType), k -> new long[choices])[choice] += votes;
            }
        });
        return sums;
    }

    private static Row row(String key, String label, long[] votes) {
        List<Long> list = new ArrayList<>(votes.length);
        for (long v : votes) {
            list.add(v);
        }
        return new Row(key, label, list);
    }
}
