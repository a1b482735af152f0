package org.bellwether.core;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * All tallies of an election, stored as two primitive columns (packed key, votes) so that memory grows with
 * the number of distinct (contest, choice, unit, vote type) keys and never with the rows of a file. Immutable
 * once built; rows keep the order they were added in, which is what makes outputs reproducible.
 */
public final class TallyTable {

    /** Rows in chunks of {@code 2^chunkBits}, as the builder filled them: building copies nothing large. */
    private final long[][] keys;
    private final int[][] votes;
    private final int chunkBits;
    private final int size;

    private TallyTable(long[][] keys, int[][] votes, int chunkBits, int size) {
        this.keys = keys;
        this.votes = votes;
        this.chunkBits = chunkBits;
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
        int chunk = row >>> chunkBits;
        int at = row & ((1 << chunkBits) - 1);
        long k = keys[chunk][at];
        return new Tally(TallyKey.contest(k), TallyKey.choice(k), TallyKey.unit(k), TallyKey.voteType(k),
                votes[chunk][at]);
    }

    public Stream<Tally> stream() {
        return IntStream.range(0, size).mapToObj(this::get);
    }

    /** Visits every row without allocating; the hot path for tabulation over large tables. */
    public void forEach(Visitor visitor) {
        for (int chunk = 0; chunk < keys.length; chunk++) {
            long[] chunkKeys = keys[chunk];
            int[] chunkVotes = votes[chunk];
            for (int i = 0, n = rowsIn(chunk); i < n; i++) {
                long k = chunkKeys[i];
                visitor.visit(TallyKey.contest(k), TallyKey.choice(k), TallyKey.unit(k), TallyKey.voteType(k),
                        chunkVotes[i]);
            }
        }
    }

    /** Sums of votes per choice of one contest, over every unit and vote type. */
    public long[] choiceTotals(int contest, int choiceCount) {
        long[] totals = new long[choiceCount];
        for (int chunk = 0; chunk < keys.length; chunk++) {
            long[] chunkKeys = keys[chunk];
            int[] chunkVotes = votes[chunk];
            for (int i = 0, n = rowsIn(chunk); i < n; i++) {
                long k = chunkKeys[i];
                if (TallyKey.contest(k) == contest) {
                    totals[TallyKey.choice(k)] += chunkVotes[i];
                }
            }
        }
        return totals;
    }

    /**
     * Sums of votes per choice of every contest, in one pass over the rows.
     *
     * @param choiceCounts how many choices each contest has, by contest index; rows of a contest past its end are
     *                     left out
     */
    public long[][] choiceTotals(int[] choiceCounts) {
        long[][] totals = new long[choiceCounts.length][];
        for (int c = 0; c < totals.length; c++) {
            totals[c] = new long[choiceCounts[c]];
        }
        for (int chunk = 0; chunk < keys.length; chunk++) {
            long[] chunkKeys = keys[chunk];
            int[] chunkVotes = votes[chunk];
            for (int i = 0, n = rowsIn(chunk); i < n; i++) {
                long k = chunkKeys[i];
                int contest = TallyKey.contest(k);
                if (contest < totals.length) {
                    totals[contest][TallyKey.choice(k)] += chunkVotes[i];
                }
            }
        }
        return totals;
    }

    private int rowsIn(int chunk) {
        return Math.min(1 << chunkBits, size - (chunk << chunkBits));
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
        /** The chunk size of a table copied into one column. */
        private static final int ONE_CHUNK_BITS = 30;
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

        /**
         * Adds a later builder's rows after these, in their order, with their indices mapped.
         *
         * @return false at the first row whose key is already held (a duplicate), leaving this builder part-filled
         */
        boolean append(Builder later, IndexMaps maps) {
            expect(later.size);
            for (int row = 0; row < later.size; row++) {
                long k = later.key(row);
                int contest = TallyKey.contest(k);
                if (add(maps.contests()[contest], maps.choices()[contest][TallyKey.choice(k)],
                        maps.units()[TallyKey.unit(k)], maps.voteTypes()[TallyKey.voteType(k)],
                        later.voteChunks[row >>> later.chunkBits][row & ((1 << later.chunkBits) - 1)]) >= 0) {
                    return false;
                }
            }
            return true;
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

        /**
         * The rows so far. Large chunks (a size hint was given) are shared with the table, since their rows never
         * change, and the last, partly filled one is copied so that rows added later stay out of it. Small chunks
         * are copied into one column: kept, they would be many young objects for the collector to copy again.
         */
        public TallyTable build() {
            if (chunkBits == CHUNK_BITS && size <= 1 << ONE_CHUNK_BITS) {
                return new TallyTable(new long[][] {column(keyChunks, long[]::new)},
                        new int[][] {column(voteChunks, int[]::new)}, ONE_CHUNK_BITS, size);
            }
            int chunks = (size + (1 << chunkBits) - 1) >>> chunkBits;
            long[][] keys = Arrays.copyOf(keyChunks, chunks);
            int[][] votes = Arrays.copyOf(voteChunks, chunks);
            int used = size - ((chunks - 1) << chunkBits);
            if (chunks > 0 && used < (1 << chunkBits)) {
                keys[chunks - 1] = Arrays.copyOf(keys[chunks - 1], used);
                votes[chunks - 1] = Arrays.copyOf(votes[chunks - 1], used);
            }
            return new TallyTable(keys, votes, chunkBits, size);
        }

        /** The rows of small chunks in one array. */
        private <A> A column(A[] chunks, IntFunction<A> array) {
            A column = array.apply(size);
            for (int start = 0; start < size; start += 1 << chunkBits) {
                System.arraycopy(chunks[start >>> chunkBits], 0, column, start,
                        Math.min(1 << chunkBits, size - start));
            }
            return column;
        }
    }
}
