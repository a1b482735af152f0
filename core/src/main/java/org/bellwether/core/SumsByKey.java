package org.bellwether.core;

import java.util.Arrays;

/**
 * Sums of counts by a key of zero or more, in open addressing over two primitive arrays: {@link StatisticChecks}
 * adds every vote-for-1 tally of a statewide file to the sum of its contest and unit, where a boxed map spent
 * more on its Long keys and values than on the adding.
 */
final class SumsByKey {

    private static final long EMPTY = -1;

    private long[] keys = filled(16);
    private long[] sums = new long[16];
    private int size;

    /** Adds {@code count} to the key's sum. */
    void add(long key, long count) {
        int at = slot(keys, key);
        if (keys[at] == EMPTY) {
            keys[at] = key;
            if (++size * 2 > keys.length) {
                grow();
                at = slot(keys, key);
            }
        }
        sums[at] += count;
    }

    interface Visitor {
        void visit(long key, long sum);
    }

    /** Every key and its sum, in no particular order. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], sums[i]);
            }
        }
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int at = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (keys[at] != EMPTY && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldSums = sums;
        keys = filled(oldKeys.length * 2);
        sums = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int at = slot(keys, oldKeys[i]);
                keys[at] = oldKeys[i];
                sums[at] = oldSums[i];
            }
        }
    }

    private static long[] filled(int length) {
        long[] array = new long[length];
        Arrays.fill(array, EMPTY);
        return array;
    }
}
