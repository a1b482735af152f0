package org.bellwether.formats.openelections;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every tally and statistic a read adds, kept only while looking for the first copy of a
 * duplicate row. The normal read keeps nothing ({@link #OFF}): a duplicate is rare and fatal, so its first line
 * is found by reading the file again rather than by remembering a line for every tally.
 */
final class LineLog {

    static final LineLog OFF = new LineLog(false);

    private final boolean on;
    private long[] tallyLines = new long[0];
    private int tallies;
    private final Map<Long, Long> statisticLines = new HashMap<>();

    private LineLog(boolean on) {
        this.on = on;
    }

    static LineLog recording() {
        return new LineLog(true);
    }

    void tallied(long line) {
        if (on) {
            if (tallies == tallyLines.length) {
                tallyLines = Arrays.copyOf(tallyLines, Math.max(1024, tallies * 2));
            }
            tallyLines[tallies++] = line;
        }
    }

    void counted(long statisticKey, long line) {
        if (on) {
            statisticLines.putIfAbsent(statisticKey, line);
        }
    }

    /** The line that added the tally in this row of a fresh builder, or -1. */
    long tallyLine(long row) {
        return row >= 0 && row < tallies ? tallyLines[(int) row] : -1;
    }

    long statisticLine(long statisticKey) {
        return statisticLines.getOrDefault(statisticKey, -1L);
    }
}
