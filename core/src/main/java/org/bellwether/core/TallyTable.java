package org.bellwether.core;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * All tallies of an election, stored as two primitive columns (packed key, votes) so that memory grows with
 * the number of distinct (contest, choice, unit, vote type) keys and never with the rows of a file. Immutable
 * once built; rows keep the order they were added in, which is what makes outputs reproducible.
 */
public final class TallyTable {

    private final long[] keys;
    private final int[] votes;
    private final int size;

    private TallyTable(long[] keys, int[] votes, int size) {
        this.keys = keys;
        this.votes = votes;
        this.size = size;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return size;
    }

    public Tally get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("tally row " + row + " of " + size);
        }
        long k = keys[row];
        return new Tally(TallyKey.contest(k), TallyKey.choice(k), TallyKey.unit(k), TallyKey.voteType(k), votes[row]);
    }

    public Stream<Tally> stream() {
        return IntStream.range(0, size).mapToObj(this::get);
    }

    /** Visits every row without allocating; the hot path for tabulation over large tables. */
    public void forEach(Visitor visitor) {
        for (int i = 0; i < size; i++) {
            long k = keys[i];
            visitor.visit(TallyKey.contest(k), TallyKey.choice(k), TallyKey.unit(k), TallyKey.voteType(k), votes[i]);
        }
    }

    /** Sums of votes per choice of one contest, over every unit and vote type. */
    public long[] choiceTotals(int contest, int choiceCount) {
        long[] totals = new long[choiceCount];
        for (int i = 0; i < size; i++) {
            long k = keys[i];
            if (TallyKey.contest(k) == contest) {
                totals[TallyKey.choice(k)] += votes[i];
            }
        }
        return totals;
    }

    @FunctionalInterface
    public interface Visitor {
        void visit(int contest, int choice, int unit, int voteType, long votes);
    }

    /** Collects rows and refuses a key that was already added, since a repeated row is a duplicate. */
    public static final class Builder implements KeyIndex.RowKeys {

        /**
         * Rows are kept in chunks so that growing never copies a large array: 2^14 rows each, or up to 2^20 when
         * many rows are expected, a quarter of them, so that a large read's chunks are few and big enough for the
         * collector to leave in place instead of copying them while young.
         */
        private static final int CHUNK_BITS = 14;
        private static final int MAX_CHUNK_BITS = 20;
        private int chunkBits = CHUNK_BITS;
        private long[][] keyChunks = new long[16][];
        private int[][] voteChunks = new int[16][];
        private int size;
        private final KeyIndex index = new KeyIndex();

        private Builder() {
        }

        /**
         * Adds one tally.
         *
         * @return the row that already holds this key, or -1 when the tally was added
         * @throws IllegalArgumentException when an index or the votes exceed {@link TallyLimits}
         */
        public int add(int contest, int choice, int unit, int voteType, long count) {
            if (count < 0 || count > TallyLimits.MAX_VOTES_PER_TALLY) {
                throw new IllegalArgumentException("votes " + count + " are outside 0.."
                        + TallyLimits.MAX_VOTES_PER_TALLY + " (TallyLimits.MAX_VOTES_PER_TALLY)");
            }
            long key = TallyKey.pack(contest, choice, unit, voteType);
            int existing = index.putIfAbsent(key, size, this);
            if (existing >= 0) {
                return existing;
            }
            int chunk = size >>> chunkBits;
            int at = size & ((1 << chunkBits) - 1);
            if (chunk == keyChunks.length) {
                keyChunks = Arrays.copyOf(keyChunks, chunk * 2);
                voteChunks = Arrays.copyOf(voteChunks, chunk * 2);
            }
            if (keyChunks[chunk] == null) {
                keyChunks[chunk] = new long[1 << chunkBits];
                voteChunks[chunk] = new int[1 << chunkBits];
            }
            keyChunks[chunk][at] = key;
            voteChunks[chunk][at] = (int) count;
            size++;
            return -1;
        }

        public int size() {
            return size;
        }

        /** Reserves room for about {@code count} more tallies; a hint that changes no result. */
        public void expect(long count) {
            if (count <= 0) {
                return;
            }
            index.reserve(size + count);
            if (size == 0) {
                long quarter = Math.min(count / 4, 1L << MAX_CHUNK_BITS);
                chunkBits = Math.max(CHUNK_BITS, 63 - Long.numberOfLeadingZeros(Math.max(1, quarter)));
            }
        }

        @Override
        public long key(int row) {
            return keyChunks[row >>> chunkBits][row & ((1 << chunkBits) - 1)];
        }

        public TallyTable build() {
            long[] keys = new long[size];
            int[] votes = new int[size];
            int chunk = 1 << chunkBits;
            for (int start = 0; start < size; start += chunk) {
                int length = Math.min(chunk, size - start);
                System.arraycopy(keyChunks[start >>> chunkBits], 0, keys, start, length);
                System.arraycopy(voteChunks[start >>> chunkBits], 0, votes, start, length);
            }
            return new TallyTable(keys, votes, size);
        }
    }
}
