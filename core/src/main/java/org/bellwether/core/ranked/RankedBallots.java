package org.bellwether.core.ranked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.Contest;

/**
 * The ranked ballots (cast-vote records) of one contest, identical ballots grouped and counted once, so that
 * memory grows with distinct ballots, not with the file.
 *
 * <p>A ballot is its marks in rank order: each mark is one candidate (a choice index) at one rank, packed into an
 * int by {@link #mark}. Two marks at one rank are an overvote; a rank with no mark was skipped; an explicit
 * overvote (a file's "overvote" label, with no candidates named) is the mark {@link #OVERVOTE}. When the ballots
 * are kept by slice (precinct), ballots that differ only in their precinct are different groups.
 */
public final class RankedBallots {

    /** The candidate part of an explicit overvote mark. */
    public static final int OVERVOTE = 0xFFFF;
    /** The most candidates a contest may have, so that a candidate fits beside its rank in one int. */
    public static final int MAX_CANDIDATES = 0xFFFE;
    /** The highest rank a mark may have. */
    public static final int MAX_RANK = 0x7FFF;

    private final Contest contest;
    private final int undeclaredWriteIn;
    private final int[] marks;
    private final int[] starts;
    private final long[] counts;
    private final int[] slices;
    private final List<String> sliceNames;
    private final long ballots;
    private final BallotIdentities identities;

    private RankedBallots(Builder b) {
        this.contest = b.contest;
        this.undeclaredWriteIn = b.undeclaredWriteIn;
        this.marks = b.groups.marks();
        this.starts = b.groups.starts();
        this.counts = b.groups.counts();
        this.slices = b.bySlice ? b.groups.slices() : null;
        this.sliceNames = List.copyOf(b.sliceNames);
        this.ballots = b.ballots;
        this.identities = b.identities == null ? null : b.identities.build();
    }

    /** A mark: {@code candidate} (a choice index, or {@link #OVERVOTE}) at {@code rank}, 1 or more. */
    public static int mark(int rank, int candidate) {
        if (rank < 1 || rank > MAX_RANK) {
            throw new IllegalArgumentException("rank must be 1 to " + MAX_RANK + ", was " + rank);
        }
        if (candidate < 0 || candidate > OVERVOTE) {
            throw new IllegalArgumentException("candidate index must be 0 to " + MAX_CANDIDATES + ", was "
                    + candidate);
        }
        return rank << 16 | candidate;
    }

    /** The rank of a mark made by {@link #mark(int, int)}. */
    public static int rankOf(int mark) {
        return mark >>> 16;
    }

    /** The candidate of a mark made by {@link #mark(int, int)}: a choice index, or {@link #OVERVOTE}. */
    public static int candidateOf(int mark) {
        return mark & 0xFFFF;
    }

    public static Builder builder(Contest contest, int undeclaredWriteIn, boolean bySlice) {
        return new Builder(contest, undeclaredWriteIn, bySlice);
    }

    public Contest contest() {
        return contest;
    }

    /** The choice that stands for undeclared write-ins (RCTab's "Undeclared Write-ins"), if the count has one. */
    public Optional<Integer> undeclaredWriteIn() {
        return undeclaredWriteIn < 0 ? Optional.empty() : Optional.of(undeclaredWriteIn);
    }

    int undeclaredWriteInIndex() {
        return undeclaredWriteIn;
    }

    /** How many ballots, counting each of a group. */
    public long ballots() {
        return ballots;
    }

    /** How many distinct ballots (groups). */
    public int groups() {
        return counts.length;
    }

    public long count(int group) {
        return counts[group];
    }

    /** The marks of one group, in rank order. */
    public int[] marks(int group) {
        return Arrays.copyOfRange(marks, starts[group], starts[group + 1]);
    }

    int start(int group) {
        return starts[group];
    }

    int end(int group) {
        return starts[group + 1];
    }

    int markAt(int index) {
        return marks[index];
    }

    /** Each ballot's id, batch, tabulator and precinct, when the builder was asked to keep them. */
    public Optional<BallotIdentities> identities() {
        return Optional.ofNullable(identities);
    }

    /** Whether the ballots were kept by slice (precinct). */
    public boolean bySlice() {
        return slices != null;
    }

    /** The slices (precincts) in the order first seen. */
    public List<String> sliceNames() {
        return sliceNames;
    }

    /** The slice of a group, an index into {@link #sliceNames()}; -1 when the ballots are not kept by slice. */
    public int slice(int group) {
        return slices == null ? -1 : slices[group];
    }

    /**
     * Collects ballots. Each ballot is checked (marks in rank order, candidates in range) and grouped with any
     * identical ballot ({@link BallotGroups}).
     */
    public static final class Builder {
        private final Contest contest;
        private final int undeclaredWriteIn;
        private final boolean bySlice;
        private final int choices;
        private final BallotGroups groups = new BallotGroups();
        private long ballots;
        private final Map<String, Integer> sliceIds = new HashMap<>();
        private final List<String> sliceNames = new ArrayList<>();
        private int[] sorted = new int[16];
        private BallotIdentities.Builder identities;
        private int lastGroup;

        private Builder(Contest contest, int undeclaredWriteIn, boolean bySlice) {
            this.contest = Objects.requireNonNull(contest, "contest");
            if (contest.choices().size() > MAX_CANDIDATES) {
                throw new IllegalArgumentException("contest '" + contest.name() + "': more than " + MAX_CANDIDATES
                        + " candidates");
            }
            if (undeclaredWriteIn < -1 || undeclaredWriteIn >= contest.choices().size()) {
                throw new IllegalArgumentException("undeclared write-in index " + undeclaredWriteIn
                        + " is not a choice of contest '" + contest.name() + "'");
            }
            this.undeclaredWriteIn = undeclaredWriteIn;
            this.bySlice = bySlice;
            this.choices = contest.choices().size();
        }

        /**
         * Keeps each ballot's identity beside the groups ({@link RankedBallots#identities()}), for the store and
         * audits; a count alone does not need it.
         */
        public Builder keepingIdentities() {
            if (ballots > 0) {
                throw new IllegalStateException("identities must be kept from the first ballot");
            }
            identities = BallotIdentities.builder();
            return this;
        }

        /**
         * Whether each ballot's identity is kept: a reader makes the identity's strings only when it is, since a
         * count alone reads millions of ballots without them.
         */
        public boolean keepsIdentities() {
            return identities != null;
        }

        /**
         * Whether ballots are kept by slice (precinct or batch), so that a reader need make a ballot's slice name
         * only when it is (or when identities are kept, which name the precinct).
         */
        public boolean keepsSlices() {
            return bySlice;
        }

        /**
         * Adds one ballot with its identity: {@code id} as its file gives it (never null), {@code batch} and
         * {@code tabulator} or null when the file gives none, {@code precinct} as for {@link #add(int[], int,
         * String, long)}. The identity is kept only when {@link #keepingIdentities()} was asked for.
         */
        public Builder add(int[] ballotMarks, int length, String precinct, String id, String batch,
                String tabulator) {
            return add(ballotMarks, length, precinct, identities == null ? null
                    : new BallotIdentity(id, batch, tabulator, null, null, null));
        }

        /**
         * Adds one ballot with its identity ({@code identity} may be null when {@link #keepsIdentities()} is
         * false; a reader makes it only when it is true), {@code precinct} as for {@link #add(int[], int, String,
         * long)}.
         */
        public Builder add(int[] ballotMarks, int length, String precinct, BallotIdentity identity) {
            grouped(ballotMarks, length, precinct, 1);
            if (identities != null) {
                identities.add(lastGroup, identity, precinct);
            }
            return this;
        }

        /**
         * The source (by its place among the files read, from 0) the ballots added next come from, which each
         * identity kept records.
         */
        public Builder fromSource(int index) {
            if (identities != null) {
                identities.source(index);
            }
            return this;
        }

        /** Adds one ballot with no slice. */
        public Builder add(int[] ballotMarks, int length) {
            return add(ballotMarks, length, null, 1);
        }

        /**
         * Adds {@code count} identical ballots. The marks need not be in rank order (they are ordered by rank,
         * keeping the order of marks within a rank); {@code slice} is the precinct, or null.
         */
        public Builder add(int[] ballotMarks, int length, String slice, long count) {
            if (identities != null && count != 1) {
                throw new IllegalStateException("a builder keeping identities adds one ballot at a time");
            }
            grouped(ballotMarks, length, slice, count);
            if (identities != null) {
                // a reader that names no ballot: the ballot's place in the reading stands for its id
                identities.add(lastGroup, new BallotIdentity("#" + ballots, null, null, null, null, null), slice);
            }
            return this;
        }

        private void grouped(int[] ballotMarks, int length, String slice, long count) {
            if (count < 1) {
                throw new IllegalArgumentException("ballot count must be at least 1, was " + count);
            }
            if (length < 0 || length > ballotMarks.length) {
                throw new IllegalArgumentException(length + " marks asked for, " + ballotMarks.length + " given");
            }
            int[] ordered = byRank(ballotMarks, length);
            lastGroup = groups.add(ordered, length, bySlice ? sliceId(slice) : -1, count);
            ballots = Math.addExact(ballots, count);
        }

        public RankedBallots build() {
            return new RankedBallots(this);
        }

        private int[] byRank(int[] ballotMarks, int length) {
            if (sorted.length < length) {
                sorted = new int[Math.max(length, sorted.length * 2)];
            }
            for (int i = 0; i < length; i++) {
                int m = ballotMarks[i];
                int c = candidateOf(m);
                if (rankOf(m) < 1 || (c != OVERVOTE && c >= choices)) {
                    throw new IllegalArgumentException("contest '" + contest.name() + "': mark " + m
                            + " is not a rank and a candidate of the contest");
                }
                // insertion by rank alone keeps marks of one rank in the order given
                int j = i;
                while (j > 0 && rankOf(sorted[j - 1]) > rankOf(m)) {
                    sorted[j] = sorted[j - 1];
                    j--;
                }
                sorted[j] = m;
            }
            return sorted;
        }

        private int sliceId(String slice) {
            String name = slice == null ? "" : slice;
            Integer id = sliceIds.get(name);
            if (id == null) {
                id = sliceNames.size();
                sliceIds.put(name, id);
                sliceNames.add(name);
            }
            return id;
        }
    }
}
