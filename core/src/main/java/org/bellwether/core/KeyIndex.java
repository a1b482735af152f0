package org.bellwether.core;

import java.util.Arrays;

/**
 * Hash index from a packed tally key to its row, split by reporting unit. Files list a unit's rows together, so
 * while a unit is being read its small table stays in the CPU cache; one big table would cost a cache miss per
 * row (measured: about as long as parsing the CSV itself). Each unit's table is open addressing with linear
 * probing at load factor at most 1/2, holding row numbers only (the keys live in the table's own column).
 */
final class KeyIndex {

    private static final int[] EMPTY = new int[0];
    private int[][] slotsByUnit = new int[1024][];
    private int[] usedByUnit = new int[1024];

    /** Returns the row already holding {@code key}, or records {@code row} for it and returns -1. */
    int putIfAbsent(long key, int row, long[] keys) {
        int unit = TallyKey.unit(key);
        int[] slots = slots(unit);
        if ((usedByUnit[unit] + 1) * 2 > slots.length) {
            slots = grow(unit, slots, keys);
        }
        int mask = slots.length - 1;
        for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
            int held = slots[i] - 1;
            if (held < 0) {
                slots[i] = row + 1;
                usedByUnit[unit]++;
                return -1;
            }
            if (keys[held] == key) {
                return held;
            }
        }
    }

    private int[] slots(int unit) {
        if (unit >= slotsByUnit.length) {
            int size = Math.max(unit + 1, slotsByUnit.length * 2);
            slotsByUnit = Arrays.copyOf(slotsByUnit, size);
            usedByUnit = Arrays.copyOf(usedByUnit, size);
        }
        int[] slots = slotsByUnit[unit];
        return slots == null ? EMPTY : slots;
    }

    private int[] grow(int unit, int[] old, long[] keys) {
        int[] slots = new int[Math.max(16, old.length * 2)];
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
        slotsByUnit[unit] = slots;
        return slots;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
