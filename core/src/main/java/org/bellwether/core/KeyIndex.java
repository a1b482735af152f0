package org.bellwether.core;

/**
 * Open-addressing hash index from a packed tally key to its row. It stores only row numbers (the keys live
 * in the table's own column), so it costs two ints per row at most; linear probing, load factor at most 1/2.
 */
final class KeyIndex {

    private int[] slots = new int[2048];
    private int used;

    /** Returns the row already holding {@code key}, or records {@code row} for it and returns -1. */
    int putIfAbsent(long key, int row, long[] keys) {
        if ((used + 1) * 2 > slots.length) {
            grow(keys);
        }
        int mask = slots.length - 1;
        for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
            int held = slots[i] - 1;
            if (held < 0) {
                slots[i] = row + 1;
                used++;
                return -1;
            }
            if (keys[held] == key) {
                return held;
            }
        }
    }

    private void grow(long[] keys) {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int held : old) {
            if (held != 0) {
                int i = spread(keys[held - 1]) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = held;
            }
        }
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
