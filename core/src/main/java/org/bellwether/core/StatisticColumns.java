package org.bellwether.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Unit statistics as a builder collects them: a packed key and a count per statistic, in chunks, with the tallies'
 * kind of index to refuse a repeated key. A precinct file has a few statistics per precinct and contest
 * (undervotes, overvotes), so as objects in a hash map they cost more, and more garbage collection, than all its
 * tallies; the election gets them as a list that makes each {@link UnitStatistic} only when asked for it.
 * Statistics keep the order they were added in.
 */
final class StatisticColumns implements KeyIndex.RowKeys {

    private static final int CHUNK = 1 << 12;
    private static final StatisticKind[] KINDS = StatisticKind.values();

    private long[][] keys = new long[16][];
    private long[][] counts = new long[16][];
    private int size;
    private final KeyIndex index = new KeyIndex();

    /**
     * Adds a statistic, checked as {@link UnitStatistic}'s constructor checks one.
     *
     * @return false when the unit already has this statistic: a duplicate
     */
    boolean add(int unit, int contest, StatisticKind kind, int voteType, long count) {
        UnitStatistic.check(unit, contest, kind, voteType, count);
        long key = pack(unit, contest, kind, voteType);
        if (index.putIfAbsent(key, size, this) >= 0) {
            return false;
        }
        int chunk = size / CHUNK;
        if (chunk == keys.length) {
            keys = Arrays.copyOf(keys, chunk * 2);
            counts = Arrays.copyOf(counts, chunk * 2);
        }
        if (keys[chunk] == null) {
            keys[chunk] = new long[CHUNK];
            counts[chunk] = new long[CHUNK];
        }
        keys[chunk][size % CHUNK] = key;
        counts[chunk][size % CHUNK] = count;
        size++;
        return true;
    }

    /**
     * Adds a later builder's statistics after these, in their order, with their indices mapped.
     *
     * @return false at the first statistic already held (a duplicate), leaving these part-filled
     */
    boolean append(StatisticColumns later, IndexMaps maps) {
        for (int row = 0; row < later.size; row++) {
            long key = later.key(row);
            int contest = (int) (key >>> 43) - 1;
            if (!add(maps.units()[(int) (key >>> 8) & 0xFF_FFFF], maps.statisticContest(contest),
                    KINDS[(int) (key >>> 32) & 0x7FF], maps.voteTypes()[(int) key & 0xFF],
                    later.counts[row / CHUNK][row % CHUNK])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long key(int row) {
        return keys[row / CHUNK][row % CHUNK];
    }

    /** The statistics so far, as an immutable list. */
    List<UnitStatistic> toList() {
        long[] allKeys = new long[size];
        long[] allCounts = new long[size];
        for (int start = 0; start < size; start += CHUNK) {
            int length = Math.min(CHUNK, size - start);
            System.arraycopy(keys[start / CHUNK], 0, allKeys, start, length);
            System.arraycopy(counts[start / CHUNK], 0, allCounts, start, length);
        }
        return new Packed(allKeys, allCounts);
    }

    /**
     * Contest + 1 (21 bits, so that {@link UnitStatistic#UNIT_WIDE} is 0), kind (11), unit (24), vote type (8): the
     * unit where a tally key has it, so the index keeps a run of units together as it does for tallies.
     */
    private static long pack(int unit, int contest, StatisticKind kind, int voteType) {
        TallyLimits.check("unit index", unit, TallyLimits.MAX_UNITS);
        TallyLimits.check("vote type index", voteType, TallyLimits.MAX_VOTE_TYPES);
        if (contest != UnitStatistic.UNIT_WIDE) {
            TallyLimits.check("contest index", contest, TallyLimits.MAX_CONTESTS);
        }
        return (long) (contest + 1) << 43 | (long) kind.ordinal() << 32 | (long) unit << 8 | voteType;
    }

    /** Immutable: {@link AbstractList} refuses every change. */
    static final class Packed extends AbstractList<UnitStatistic> implements RandomAccess {
        private final long[] keys;
        private final long[] counts;

        private Packed(long[] keys, long[] counts) {
            this.keys = keys;
            this.counts = counts;
        }

        @Override
        public UnitStatistic get(int row) {
            long key = keys[row];
            return new UnitStatistic((int) (key >>> 8) & 0xFF_FFFF, (int) (key >>> 43) - 1,
                    KINDS[(int) (key >>> 32) & 0x7FF], (int) key & 0xFF, counts[row]);
        }

        @Override
        public int size() {
            return keys.length;
        }
    }
}
