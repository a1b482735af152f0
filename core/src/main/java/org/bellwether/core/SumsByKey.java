package org.bellwether.core;

import java.util.Arrays;

/**
 * Sums of counts of zero or more by a key of zero or more, in open addressing over two primitive arrays:
 * {@link StatisticChecks} adds every vote-for-1 tally of a statewide file to the sum of its contest and unit, where a
 * boxed map spent more on its Long keys and values than on the adding. When every key is below a bound small
 * enough, the sums are one array indexed by key instead ({@link #below}): no hashing or probing, and keys added one
 * after another that lie close together (a precinct's contests) touch memory close together.
 */
final class SumsByKey {

    private static final long EMPTY = -1;

    private long[] keys = filled(16);
    private long[] sums = new long[16];
    private int size;
    /** By key, the sum plus one; 0 for a key not added. Null when the keys are hashed. */
    private final long[] dense;

    /** Sums for keys of any size, hashed. */
    SumsByKey() {
        dense = null;
    }

    private SumsByKey(int bound) {
        dense = new long[bound];
    }

    /**
     * Sums for keys below {@code bound}: indexed by key when {@code bound} is at most {@code most} (the caller's
     * limit on the memory, at 8 bytes a key), else hashed.
     */
    static SumsByKey below(long bound, long most) {
        return bound <= most && bound <= Integer.MAX_VALUE - 8 ? new SumsByKey((int) bound) : new SumsByKey();
    }

    /** Adds {@code count} (0 or more) to the key's sum. */
    void add(long key, long count) {
        if (dense != null) {
            long held = dense[(int) key];
            dense[(int) key] = (held == 0 ? 1 : held) + count;
            return;
        }
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
        if (dense != null) {
            for (int key = 0; key < dense.length; key++) {
                if (dense[key] != 0) {
                    visitor.visit(key, dense[key] - 1);
                }
            }
            return;
        }
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
