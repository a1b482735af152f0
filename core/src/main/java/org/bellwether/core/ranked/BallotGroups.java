package org.bellwether.core.ranked;

import java.util.Arrays;

/**
 * The groups of identical ballots a {@link RankedBallots.Builder} collects: each group's marks (one shared array,
 * sliced by starts), count and slice, found by an open-addressing table over the marks. A ballot of up to seven
 * marks at ranks up to 15 for candidates up to 30 (most real ballots) is packed whole into the table's key, so
 * finding its group reads the table alone; any other ballot's key is its hash, and its marks are compared with the
 * group's. Adding a ballot allocates nothing unless an array must grow.
 */
final class BallotGroups {

    /** The sign bit of a group key that is a hash, not the packed marks (packed marks use 63 bits at most). */
    private static final long PACKED_NOT = Long.MIN_VALUE;

    private int[] marks = new int[1024];
    private int markCount;
    private int[] starts = new int[257];
    private long[] counts = new long[256];
    private int[] slices = new int[256];
    private int groups;
    // per slot: the key (packed marks, or PACKED_NOT | hash), then the slice + 1 and the group + 1 (0: empty)
    private long[] table = new long[2 * 512];

    /**
     * Adds {@code count} ballots of {@code length} marks in rank order, in slice {@code slice} (-1 for none), to
     * their group, made if new; returns the group.
     */
    int add(int[] ordered, int length, int slice, long count) {
        long key = key(ordered, length, slice);
        long sliceTag = (long) (slice + 1) << 32;
        int mask = (table.length >> 1) - 1;
        for (int slot = slotOf(key, slice) & mask; ; slot = (slot + 1) & mask) {
            long tag = table[2 * slot + 1];
            if (tag == 0) {
                int g = groups;
                newGroup(slot, ordered, length, slice, key, count);
                return g;
            }
            int g = (int) tag - 1;
            if (table[2 * slot] == key && (tag & 0xFFFF_FFFF_0000_0000L) == sliceTag
                    && (key >= 0 || same(g, ordered, length))) {
                counts[g] = Math.addExact(counts[g], count);
                return g;
            }
        }
    }

    /** Every group's marks, one after another. */
    int[] marks() {
        return Arrays.copyOf(marks, markCount);
    }

    /** Where each group's marks start, and after the last group where its marks end. */
    int[] starts() {
        return Arrays.copyOf(starts, groups + 1);
    }

    long[] counts() {
        return Arrays.copyOf(counts, groups);
    }

    int[] slices() {
        return Arrays.copyOf(slices, groups);
    }

    /** Packed marks (9 bits each: rank, candidate with 31 for an overvote), else PACKED_NOT with the hash. */
    private static long key(int[] m, int length, int slice) {
        if (length <= 7) {
            long packed = 0;
            int i = 0;
            for (; i < length; i++) {
                int rank = RankedBallots.rankOf(m[i]);
                int c = RankedBallots.candidateOf(m[i]);
                int c5 = c == RankedBallots.OVERVOTE ? 31 : c;
                if (rank > 15 || c5 > 31 || (c5 == 31 && c != RankedBallots.OVERVOTE)) {
                    break;
                }
                packed |= (long) (rank << 5 | c5) << (9 * i);
            }
            if (i == length) {
                return packed;
            }
        }
        int h = slice * 0x9E3779B9;
        for (int i = 0; i < length; i++) {
            h = (h ^ m[i]) * 0x01000193;
        }
        return PACKED_NOT | ((h ^ (h >>> 15) ^ length) & 0xFFFF_FFFFL);
    }

    private static int slotOf(long key, int slice) {
        long h = (key ^ (long) slice << 40) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    private boolean same(int g, int[] m, int length) {
        int s = starts[g];
        if (starts[g + 1] - s != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (marks[s + i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private void newGroup(int slot, int[] m, int length, int slice, long key, long count) {
        if (groups + 1 >= counts.length) {
            int n = counts.length * 2;
            counts = Arrays.copyOf(counts, n);
            slices = Arrays.copyOf(slices, n);
            starts = Arrays.copyOf(starts, n + 1);
        }
        if (markCount + length > marks.length) {
            marks = Arrays.copyOf(marks, Math.max(markCount + length, marks.length * 2));
        }
        System.arraycopy(m, 0, marks, markCount, length);
        markCount += length;
        int g = groups++;
        counts[g] = count;
        slices[g] = slice;
        starts[g + 1] = markCount;
        table[2 * slot] = key;
        table[2 * slot + 1] = (long) (slice + 1) << 32 | (g + 1);
        if (groups * 4 > table.length) {
            grow();
        }
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        int mask = (bigger.length >> 1) - 1;
        for (int old = 0; old < table.length; old += 2) {
            long tag = table[old + 1];
            if (tag == 0) {
                continue;
            }
            int slot = slotOf(table[old], (int) (tag >>> 32) - 1) & mask;
            while (bigger[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[2 * slot] = table[old];
            bigger[2 * slot + 1] = tag;
        }
        table = bigger;
    }
}
