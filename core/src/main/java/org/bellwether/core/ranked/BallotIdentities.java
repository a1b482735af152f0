package org.bellwether.core.ranked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who each ballot is, in the order the ballots were read: its id, batch, tabulator and precinct, the group
 * ({@link RankedBallots}) its marks fell into, and what RCTab's normalised export names it by (the source file it
 * came from, RCTab's id, the vendor's id, the precinct portion: {@link BallotIdentity}). Audits need each ballot;
 * the count needs only the groups, so this is kept only when asked for
 * ({@link RankedBallots.Builder#keepingIdentities()}).
 *
 * <p>Held as columns: the ids' chars in one pool, batches, tabulators and precincts as indexes into their names
 * (a few hundred distinct ones for a million ballots), so that a ballot costs about 16 bytes and its id's chars.
 */
public final class BallotIdentities {

    /** The name of a missing batch, tabulator or precinct. */
    public static final String NONE = "";

    private final int size;
    private final Pool ids;
    private final Pool rctabIds;
    private final Pool vendorIds;
    private final int[] sources;
    private final int[] portions;
    private final List<String> portionNames;
    private final int[] groups;
    private final int[] batches;
    private final int[] tabulators;
    private final int[] precincts;
    private final List<String> batchNames;
    private final List<String> tabulatorNames;
    private final List<String> precinctNames;

    private BallotIdentities(Builder b) {
        this.size = b.size;
        this.ids = b.ids.trimmed();
        this.rctabIds = b.rctabIds.trimmed();
        this.vendorIds = b.vendorIds.trimmed();
        this.sources = Arrays.copyOf(b.sources, b.size);
        this.portions = Arrays.copyOf(b.portions, b.size);
        this.portionNames = List.copyOf(b.portionNames.names);
        this.groups = Arrays.copyOf(b.groups, b.size);
        this.batches = Arrays.copyOf(b.batches, b.size);
        this.tabulators = Arrays.copyOf(b.tabulators, b.size);
        this.precincts = Arrays.copyOf(b.precincts, b.size);
        this.batchNames = List.copyOf(b.batchNames.names);
        this.tabulatorNames = List.copyOf(b.tabulatorNames.names);
        this.precinctNames = List.copyOf(b.precinctNames.names);
    }

    /** How many ballots. */
    public int size() {
        return size;
    }

    /** The ballot's id as its file gives it (or its file and row, when the file gives none). */
    public String id(int ballot) {
        return ids.get(ballot);
    }

    /** RCTab's id of the ballot, or {@link #NONE} when its reader computes none (RCTab then uses the vendor's). */
    public String rctabId(int ballot) {
        return rctabIds.get(ballot);
    }

    /** The vendor's id of the ballot (RCTab's supplied id), or {@link #NONE}. */
    public String vendorId(int ballot) {
        return vendorIds.get(ballot);
    }

    /** The source (the cast-vote-record file, by its place among the configuration's) the ballot was read from. */
    public int source(int ballot) {
        return sources[ballot];
    }

    /** The ballot's precinct portion, an index into {@link #portionNames()}. */
    public int portion(int ballot) {
        return portions[ballot];
    }

    public List<String> portionNames() {
        return portionNames;
    }

    /** The group of {@link RankedBallots} whose marks the ballot has. */
    public int group(int ballot) {
        return groups[ballot];
    }

    /** The ballot's batch, an index into {@link #batchNames()}. */
    public int batch(int ballot) {
        return batches[ballot];
    }

    /** The ballot's tabulator (scanner), an index into {@link #tabulatorNames()}. */
    public int tabulator(int ballot) {
        return tabulators[ballot];
    }

    /** The ballot's precinct, an index into {@link #precinctNames()}. */
    public int precinct(int ballot) {
        return precincts[ballot];
    }

    /** Batches in the order first seen; {@link #NONE} stands for a ballot without one. */
    public List<String> batchNames() {
        return batchNames;
    }

    public List<String> tabulatorNames() {
        return tabulatorNames;
    }

    public List<String> precinctNames() {
        return precinctNames;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Interns names, in the order first seen; ballots come in runs of one batch and precinct, so the last is kept. */
    private static final class Names {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private String last;
        private int lastId = -1;

        int id(String name) {
            String key = name == null ? NONE : name;
            if (key.equals(last)) {
                return lastId;
            }
            Integer id = ids.get(key);
            if (id == null) {
                id = names.size();
                ids.put(key, id);
                names.add(key);
            }
            last = key;
            lastId = id;
            return id;
        }
    }

    /** Strings held as one pool of chars and the end of each. */
    private static final class Pool {
        private char[] chars;
        private int count;
        private int[] ends;
        private int size;

        Pool(char[] chars, int count, int[] ends, int size) {
            this.chars = chars;
            this.count = count;
            this.ends = ends;
            this.size = size;
        }

        void add(String text) {
            String t = text == null ? NONE : text;
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
            }
            if (count + t.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(count + t.length(), chars.length * 2));
            }
            t.getChars(0, t.length(), chars, count);
            count += t.length();
            ends[size++] = count;
        }

        String get(int i) {
            int start = i == 0 ? 0 : ends[i - 1];
            return new String(chars, start, ends[i] - start);
        }

        Pool trimmed() {
            return new Pool(Arrays.copyOf(chars, count), count, Arrays.copyOf(ends, size), size);
        }
    }

    static final class Builder {
        private int size;
        private final Pool ids = new Pool(new char[4096], 0, new int[256], 0);
        private final Pool rctabIds = new Pool(new char[256], 0, new int[256], 0);
        private final Pool vendorIds = new Pool(new char[256], 0, new int[256], 0);
        private int[] sources = new int[256];
        private int[] portions = new int[256];
        private final Names portionNames = new Names();
        private int source;
        private int[] groups = new int[256];
        private int[] batches = new int[256];
        private int[] tabulators = new int[256];
        private int[] precincts = new int[256];
        private final Names batchNames = new Names();
        private final Names tabulatorNames = new Names();
        private final Names precinctNames = new Names();

        /** The source the next ballots come from. */
        void source(int index) {
            source = index;
        }

        void add(int group, BallotIdentity identity, String precinct) {
            Objects.requireNonNull(identity, "ballot identity");
            if (size == groups.length) {
                int n = size * 2;
                sources = Arrays.copyOf(sources, n);
                portions = Arrays.copyOf(portions, n);
                groups = Arrays.copyOf(groups, n);
                batches = Arrays.copyOf(batches, n);
                tabulators = Arrays.copyOf(tabulators, n);
                precincts = Arrays.copyOf(precincts, n);
            }
            ids.add(identity.id());
            rctabIds.add(identity.rctabId());
            vendorIds.add(identity.vendorId());
            sources[size] = source;
            portions[size] = portionNames.id(identity.portion());
            groups[size] = group;
            batches[size] = batchNames.id(identity.batch());
            tabulators[size] = tabulatorNames.id(identity.tabulator());
            precincts[size] = precinctNames.id(precinct);
            size++;
        }

        BallotIdentities build() {
            return new BallotIdentities(this);
        }
    }
}
