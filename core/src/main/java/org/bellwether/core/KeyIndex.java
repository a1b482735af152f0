package org.bellwether.core;

import java.util.Arrays;

/**
 * Index from a packed key (a tally's or a unit statistic's, with the unit in bits 8 to 31) to its row, for
 * duplicate detection. Most files give each unit's rows together (an OpenElections precinct file: a precinct's
 * contests, then the next precinct). While they do, a key can only repeat one of the current unit's keys, so only
 * those are indexed, in a small table that stays in the CPU cache and is emptied by moving to a new generation
 * rather than by clearing it. The first time a unit comes back after another one (a Clarity or SOS file, which
 * lists every unit for one choice and vote type, then the next) every row so far goes into a {@link BlockIndex}
 * of all keys, which takes every key from then on. Either way a repeated key is found, and the row holding it named.
 *
 * <p>(Measured on a 5-million-row precinct file: the whole read took about 1,250 ms this way and 1,400 ms with every
 * key in one table of 128 MiB, whose cache misses were most of the difference.)
 */
final class KeyIndex {

    private static final int UNIT_SHIFT = 8;
    private static final int UNIT_MASK = 0xFF_FFFF;
    private static final long ROW_BITS = 0xFFFF_FFFFL;
    private static final long UNIT_FIELD = (long) UNIT_MASK << UNIT_SHIFT;

    /** Units whose keys have been seen, one bit each; grown as units come. */
    private long[] seenUnits = new long[64];
    private int runUnit = -1;
    private int runStart;
    /**
     * The run before this one, and whether this one has so far given the same keys in the same order but for the
     * unit. While it has, a key that continues the sequence cannot repeat one of the run's (the run before's keys
     * were distinct), so it needs no table at all; the first key that departs from it puts the run's rows into
     * the table.
     */
    private int previousStart;
    private int previousLength;
    private boolean following;
    /** The current unit's rows: generation in the high half, row + 1 in the low half; another generation is empty. */
    private long[] runSlots = new long[64];
    /** The key of each slot of the current generation, beside it so that a probe reads no other memory. */
    private long[] runKeys = new long[64];
    private int runUsed;
    /**
     * The stamp of the current run's slots. Each run takes the next one, and a run starts only at a unit not seen
     * before, so it stays within the unit limit and never wraps.
     */
    private long generation = 1;
    private long reserved;
    private BlockIndex all;

    /** A hint of how many keys to expect in all, used if every key ends up in one table. */
    void reserve(long keys) {
        reserved = Math.max(reserved, keys);
        if (all != null) {
            all.reserve(keys);
        }
    }

    /**
     * Returns the row already holding {@code key}, or records {@code row} for it and returns -1. Rows are numbered
     * from 0 in the order they were recorded, so {@code row} is the number of keys recorded so far.
     */
    int putIfAbsent(long key, int row, RowKeys keys) {
        if (all != null) {
            return all.putIfAbsent(key, row, keys);
        }
        int unit = (int) (key >>> UNIT_SHIFT) & UNIT_MASK;
        if (unit != runUnit) {
            if (seen(unit)) {
                indexAll(row, keys);
                return all.putIfAbsent(key, row, keys);
            }
            startRun(unit, row);
        }
        if (following) {
            int at = row - runStart;
            if (at < previousLength
                    && ((keys.key(previousStart + at) & ~UNIT_FIELD) | (long) unit << UNIT_SHIFT) == key) {
                return -1;
            }
            following = false;
            indexRun(row, keys, runSlots.length);
        }
        return putInRun(key, row, keys);
    }

    private boolean seen(int unit) {
        int word = unit >>> 6;
        return word < seenUnits.length && (seenUnits[word] & (1L << unit)) != 0;
    }

    private void startRun(int unit, int row) {
        int word = unit >>> 6;
        if (word >= seenUnits.length) {
            seenUnits = Arrays.copyOf(seenUnits, Math.max(word + 1, seenUnits.length * 2));
        }
        seenUnits[word] |= 1L << unit;
        previousStart = runStart;
        previousLength = runUnit < 0 ? 0 : row - runStart;
        following = previousLength > 0;
        runUnit = unit;
        runStart = row;
        runUsed = 0;
        generation++;
    }

    private int putInRun(long key, int row, RowKeys keys) {
        if ((runUsed + 1) * 2 > runSlots.length) {
            growRun(row, keys);
        }
        int mask = runSlots.length - 1;
        long stamp = generation << 32;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long slot = runSlots[i];
            if ((slot & ~ROW_BITS) != stamp) {
                runSlots[i] = stamp | (row + 1L);
                runKeys[i] = key;
                runUsed++;
                return -1;
            }
            if (runKeys[i] == key) {
                return (int) (slot & ROW_BITS) - 1;
            }
        }
    }

    /** Doubles the run's table and puts the run's rows, all distinct, back into it. */
    private void growRun(int row, RowKeys keys) {
        indexRun(row, keys, runSlots.length * 2);
    }

    /**
     * Puts the run's rows so far, all distinct, into a table of at least this length: a new one, or the same one
     * when none of the run's rows is in it yet (its slots are all of older generations, so empty).
     */
    private void indexRun(int row, RowKeys keys, int length) {
        runUsed = row - runStart;
        while (length < (runUsed + 1) * 2) {
            length *= 2;
        }
        if (length != runSlots.length) {
            runSlots = new long[length];
            runKeys = new long[length];
        }
        int mask = runSlots.length - 1;
        long stamp = generation << 32;
        for (int r = runStart; r < row; r++) {
            long key = keys.key(r);
            int i = hash(key) & mask;
            while ((runSlots[i] & ~ROW_BITS) == stamp) {
                i = (i + 1) & mask;
            }
            runSlots[i] = stamp | (r + 1L);
            runKeys[i] = key;
        }
    }

    /** From now on every key goes into one table; the rows so far are distinct, so none of them is refused. */
    private void indexAll(int row, RowKeys keys) {
        all = new BlockIndex();
        all.reserve(Math.max(reserved, row));
        for (int r = 0; r < row; r++) {
            all.putIfAbsent(keys.key(r), r, keys);
        }
        seenUnits = null;
        runSlots = null;
        runKeys = null;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The key stored at a row, wherever the table keeps it. */
    @FunctionalInterface
    interface RowKeys {
        long key(int row);
    }
}
