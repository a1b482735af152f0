package org.bellwether.core.ranked;

import java.util.ArrayList;
import java.util.List;

/** One round's accumulators, in units of the count (see {@link Count}), each with its printing flag. */
final class Tally {

    final boolean[] present;
    final long[] units;
    final boolean[] fractional;
    final long[] inactive = new long[InactiveCause.values().length];
    final boolean[] inactiveFractional = new boolean[InactiveCause.values().length];
    long active;
    long threshold;
    boolean thresholdFractional;

    Tally(int candidates) {
        present = new boolean[candidates];
        units = new long[candidates];
        fractional = new boolean[candidates];
    }

    void add(int c, long weight, boolean isFractional) {
        units[c] = Math.addExact(units[c], weight);
        fractional[c] |= isFractional;
        active = Math.addExact(active, weight);
    }

    void addInactive(InactiveCause cause, long weight, boolean isFractional) {
        int i = cause.ordinal();
        inactive[i] = Math.addExact(inactive[i], weight);
        inactiveFractional[i] |= isFractional;
        if (!cause.inactive()) {
            active = Math.addExact(active, weight);
        }
    }

    /** RCTab's active ballot sum: votes counting for candidates plus the final round's surplus. */
    long activeUnits() {
        return active;
    }

    List<Integer> presentCandidates() {
        List<Integer> list = new ArrayList<>();
        for (int c = 0; c < present.length; c++) {
            if (present[c]) {
                list.add(c);
            }
        }
        return list;
    }

    /** The candidates by votes, fewest first; equal votes in choice order. */
    List<Integer> ascending(List<Integer> candidates) {
        List<Integer> sorted = new ArrayList<>(candidates);
        sorted.sort((a, b) -> a.equals(b) ? 0 : units[a] != units[b] ? Long.compare(units[a], units[b])
                : Integer.compare(a, b));
        return sorted;
    }

    /** The candidates grouped by equal votes, fewest first. */
    List<List<Integer>> levels(List<Integer> candidates) {
        List<List<Integer>> levels = new ArrayList<>();
        for (int c : ascending(candidates)) {
            if (levels.isEmpty() || units[levels.get(levels.size() - 1).get(0)] != units[c]) {
                levels.add(new ArrayList<>());
            }
            levels.get(levels.size() - 1).add(c);
        }
        return levels;
    }

    List<Integer> bottom(List<Integer> candidates) {
        List<List<Integer>> levels = levels(candidates);
        return levels.get(0);
    }

    List<Integer> top(List<Integer> candidates) {
        List<List<Integer>> levels = levels(candidates);
        return levels.get(levels.size() - 1);
    }
}
