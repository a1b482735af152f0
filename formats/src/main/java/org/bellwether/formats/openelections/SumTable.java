package org.bellwether.formats.openelections;

/**
 * Open-addressing map from a packed long key to a long, holding the sums the totals check compares. It grows
 * with the distinct keys (counties x contests x choices x vote types), never with the rows of a file, and
 * allocates nothing per update: linear probing, load factor at most 1/2.
 */
final class SumTable {

    private long[] keys = new long[64];
    private long[] values = new long[64];
    private boolean[] used = new boolean[64];
    private int size;

    /** Adds {@code delta} to the value of {@code key}, which starts at 0. */
    void add(long key, long delta) {
        int i = slot(key);
        values[i] += delta;
    }

    /** The value of {@code key}, 0 when absent. */
    long get(long key) {
        int i = find(key);
        return i < 0 ? 0 : values[i];
    }

    /** The value already held for {@code key}, or -1 after storing {@code value} for it. */
    long putIfAbsent(long key, long value) {
        int i = find(key);
        if (i >= 0) {
            return values[i];
        }
        int slot = slot(key);
        values[slot] = value;
        return -1;
    }

    int size() {
        return size;
    }

    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int i = spread(key) & mask; used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    private int slot(long key) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        size++;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = slot(oldKeys[i]);
                values[slot] = oldValues[i];
            }
        }
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @FunctionalInterface
    interface Visitor {
        void visit(long key, long value);
    }
}
