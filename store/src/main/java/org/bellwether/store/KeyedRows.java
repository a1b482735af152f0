package org.bellwether.store;

import java.util.Arrays;

/**
 * Rows of a large versioned table (tallies, statistics) as three primitive columns: packed key, position in the
 * list, value. Used both for the state of a version read back and for the rows of a version to import.
 */
final class KeyedRows {

    private long[] keys = new long[1024];
    private int[] positions = new int[1024];
    private long[] values = new long[1024];
    private int size;

    void add(long key, int position, long value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            positions = Arrays.copyOf(positions, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        positions[size] = position;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    long key(int row) {
        return keys[row];
    }

    int position(int row) {
        return positions[row];
    }

    long value(int row) {
        return values[row];
    }

    LongIndex index() {
        return new LongIndex(keys, size);
    }

    /** Row numbers ordered by position: the order the rows had in the election. */
    int[] byPosition() {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            packed[i] = ((long) positions[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) packed[i];
        }
        return order;
    }
}
