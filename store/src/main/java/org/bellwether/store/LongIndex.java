package org.bellwether.store;

import java.util.Arrays;

/**
 * Maps packed long keys to row numbers with open addressing and no boxing: a statewide election has millions of
 * tallies, and a {@code HashMap<Long, Integer>} of them would take several times the memory of the rows.
 */
final class LongIndex {

    private final long[] keys;
    private final int[] rows;
    private final int mask;

    LongIndex(long[] source, int size) {
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        Arrays.fill(rows, -1);
        mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            put(source[i], i);
        }
    }

    private void put(long key, int row) {
        int slot = slot(key);
        while (rows[slot] >= 0) {
            if (keys[slot] == key) {
                throw new IllegalStateException("key " + key + " is stored twice in one version");
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        rows[slot] = row;
    }

    /** The row holding {@code key}, or -1. */
    int get(long key) {
        for (int slot = slot(key); rows[slot] >= 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return rows[slot];
            }
        }
        return -1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
