package org.bellwether.core;

import java.util.Arrays;

/**
 * Hash index from a packed tally key to its row, split by reporting unit. Files list a unit's rows together, so
 * while a unit is being read its small table stays in the CPU cache; one big table would cost a cache miss per
 * row (measured: about as long as parsing the CSV itself). Each unit's table is open addressing with linear
 * probing at load factor at most 1/2, holding row numbers only (the keys live in the table's own column, read through {@link RowKeys}).
 */
final class KeyIndex {

    private static final int[] EMPTY = new int[0];
    private int[][] slotsByUnit = new int[1024][];
    private int[] usedByUnit = new int[1024];
    /** Units of one file are alike, so a new unit's table starts as large as the last one grew to. */
    private int typicalSize = 16;

    /** Returns the row already holding {@code key}, or records {@code row} for it and returns -1. */
    int putIfAbsent(long key, int row, RowKeys keys) {
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
            if (keys.key(held) == key) {
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

    private int[] grow(int unit, int[] old, RowKeys keys) {
        int[] slots = new int[old.length == 0 ? typicalSize : old.length * 2];
        typicalSize = Math.max(typicalSize, slots.length);
        int mask = slots.length - 1;
        for (int held : old) {
            if (held != 0) {
                int i = spread(keys.key(held - 1)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = held;
            }
        }
        slotsByUnit[unit] = slots;
        return slots;
    }

    /** The key stored at a row, wherever the table keeps it. */
    @FunctionalInterface
    interface RowKeys {
        long key(int row);
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
