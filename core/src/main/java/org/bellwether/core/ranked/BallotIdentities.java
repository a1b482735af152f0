package org.bellwether.core.ranked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who each ballot is, in the order the ballots were read: its id, batch, tabulator and precinct, and the group
 * ({@link RankedBallots}) its marks fell into. Audits need each ballot; the count needs only the groups, so this is
 * kept only when asked for ({@link RankedBallots.Builder#keepingIdentities()}).
 *
 * <p>Held as columns: the ids' chars in one pool, batches, tabulators and precincts as indexes into their names
 * (a few hundred distinct ones for a million ballots), so that a ballot costs about 16 bytes and its id's chars.
 */
public final class BallotIdentities {

    /** The name of a missing batch, tabulator or precinct. */
    public static final String NONE = "";

    private final int size;
    private final char[] idChars;
    private final int[] idEnds;
    private final int[] groups;
    private final int[] batches;
    private final int[] tabulators;
    private final int[] precincts;
    private final List<String> batchNames;
    private final List<String> tabulatorNames;
    private final List<String> precinctNames;

    private BallotIdentities(Builder b) {
        this.size = b.size;
        this.idChars = Arrays.copyOf(b.idChars, b.charCount);
        this.idEnds = Arrays.copyOf(b.idEnds, b.size);
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
        int start = ballot == 0 ? 0 : idEnds[ballot - 1];
        return new String(idChars, start, idEnds[ballot] - start);
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

    static final class Builder {
        private int size;
        private char[] idChars = new char[4096];
        private int charCount;
        private int[] idEnds = new int[256];
        private int[] groups = new int[256];
        private int[] batches = new int[256];
        private int[] tabulators = new int[256];
        private int[] precincts = new int[256];
        private final Names batchNames = new Names();
        private final Names tabulatorNames = new Names();
        private final Names precinctNames = new Names();

        void add(int group, String id, String batch, String tabulator, String precinct) {
            Objects.requireNonNull(id, "ballot id");
            if (size == idEnds.length) {
                int n = size * 2;
                idEnds = Arrays.copyOf(idEnds, n);
                groups = Arrays.copyOf(groups, n);
                batches = Arrays.copyOf(batches, n);
                tabulators = Arrays.copyOf(tabulators, n);
                precincts = Arrays.copyOf(precincts, n);
            }
            if (charCount + id.length() > idChars.length) {
                idChars = Arrays.copyOf(idChars, Math.max(charCount + id.length(), idChars.length * 2));
            }
            id.getChars(0, id.length(), idChars, charCount);
            charCount += id.length();
            idEnds[size] = charCount;
            groups[size] = group;
            batches[size] = batchNames.id(batch);
            tabulators[size] = tabulatorNames.id(tabulator);
            precincts[size] = precinctNames.id(precinct);
            size++;
        }

        BallotIdentities build() {
            return new BallotIdentities(this);
        }
    }
}
