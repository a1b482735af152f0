package org.bellwether.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Unit statistics as a builder collects them: a packed key and a count per statistic, in chunks, with the tallies'
 * kind of index to refuse a repeated key. A precinct file has a few statistics per precinct and contest
 * (undervotes, overvotes), so as objects in a hash map they cost more, and more garbage collection, than all its
 * tallies. Statistics keep the order they were added in.
 */
final class StatisticColumns implements KeyIndex.RowKeys {

    private static final int CHUNK = 1 << 12;
    private static final StatisticKind[] KINDS = StatisticKind.values();

    private long[][] keys = new long[16][];
    private long[][] counts = new long[16][];
    private int size;
    private final KeyIndex index = new KeyIndex();

    /**
     * Adds a statistic, already checked by {@link UnitStatistic}'s constructor.
     *
     * @return false when the unit already has this statistic: a duplicate
     */
    boolean add(UnitStatistic statistic) {
        long key = pack(statistic);
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
        counts[chunk][size % CHUNK] = statistic.count();
        size++;
        return true;
    }

    @Override
    public long key(int row) {
        return keys[row / CHUNK][row % CHUNK];
    }

    List<UnitStatistic> toList() {
        List<UnitStatistic> list = new ArrayList<>(size);
        for (int row = 0; row < size; row++) {
            long key = key(row);
            list.add(new UnitStatistic((int) (key >>> 8) & 0xFF_FFFF, (int) (key >>> 43) - 1,
                    KINDS[(int) (key >>> 32) & 0x7FF], (int) key & 0xFF, counts[row / CHUNK][row % CHUNK]));
        }
        return list;
    }

    /**
     * Contest + 1 (21 bits, so that {@link UnitStatistic#UNIT_WIDE} is 0), kind (11), unit (24), vote type (8): the
     * unit where a tally key has it, so the index keeps a run of units together as it does for tallies.
     */
    private static long pack(UnitStatistic s) {
        TallyLimits.check("unit index", s.unit(), TallyLimits.MAX_UNITS);
        TallyLimits.check("vote type index", s.voteType(), TallyLimits.MAX_VOTE_TYPES);
        if (s.contest() != UnitStatistic.UNIT_WIDE) {
            TallyLimits.check("contest index", s.contest(), TallyLimits.MAX_CONTESTS);
        }
        return (long) (s.contest() + 1) << 43 | (long) s.kind().ordinal() << 32 | (long) s.unit() << 8 | s.voteType();
    }
}
