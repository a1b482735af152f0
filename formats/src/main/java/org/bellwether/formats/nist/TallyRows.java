package org.bellwether.formats.nist;

import java.util.List;
import org.bellwether.core.Contest;
import org.bellwether.core.TallyTable;

/**
 * The tallies regrouped by (contest, choice), since a NIST file nests counts in their selection, keeping the
 * table's order within each group so that output is reproducible. Three primitive columns, bucketed by a counting
 * sort: a statewide table of millions of rows costs a few arrays, not an object per row.
 */
final class TallyRows {

    @FunctionalInterface
    interface Visitor {
        void visit(int unit, int voteType, long votes);
    }

    private final int[] offset;
    private final int[] start;
    private final int[] unit;
    private final int[] voteType;
    private final int[] votes;

    TallyRows(List<Contest> contests, TallyTable table) {
        offset = new int[contests.size() + 1];
        for (int c = 0; c < contests.size(); c++) {
            offset[c + 1] = offset[c] + contests.get(c).choices().size();
        }
        start = new int[offset[contests.size()] + 1];
        table.forEach((contest, choice, u, type, n) -> start[offset[contest] + choice + 1]++);
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        int[] next = java.util.Arrays.copyOf(start, start.length);
        unit = new int[table.size()];
        voteType = new int[table.size()];
        votes = new int[table.size()];
        table.forEach((contest, choice, u, type, n) -> {
            int row = next[offset[contest] + choice]++;
            unit[row] = u;
            voteType[row] = type;
            votes[row] = (int) n;
        });
    }

    void forEach(int contest, int choice, Visitor visitor) {
        int bucket = offset[contest] + choice;
        for (int row = start[bucket]; row < start[bucket + 1]; row++) {
            visitor.visit(unit[row], voteType[row], votes[row]);
        }
    }

    /** Visits the unit of every tally of a contest. */
    void forEachUnit(int contest, java.util.function.IntConsumer visitor) {
        for (int row = start[offset[contest]]; row < start[offset[contest + 1]]; row++) {
            visitor.accept(unit[row]);
        }
    }

    int size() {
        return unit.length;
    }

    int unitAt(int row) {
        return unit[row];
    }
}
