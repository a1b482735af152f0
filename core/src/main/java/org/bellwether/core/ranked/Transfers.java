package org.bellwether.core.ranked;

import java.util.HashMap;
import java.util.Map;

/**
 * The votes that moved in one round, from each candidate (or from no candidate: a ballot's first placement) to
 * each candidate or sink, in units of the count with their printing flags. The count's own transfers are a dense
 * table; a slice's (one precinct's) are sparse, since a precinct sees few of the moves and there may be thousands.
 */
final class Transfers {

    static final int EXHAUSTED = -1;
    static final int RESIDUAL = -2;

    private final int candidates;
    private final long[] units;
    private final boolean[] fractional;
    private final boolean[] any;
    private final Map<Integer, long[]> sparse;

    private Transfers(int candidates, boolean dense) {
        this.candidates = candidates;
        int size = (candidates + 1) * (candidates + 2);
        units = dense ? new long[size] : null;
        fractional = dense ? new boolean[size] : null;
        any = dense ? new boolean[size] : null;
        sparse = dense ? null : new HashMap<>();
    }

    Transfers(int candidates) {
        this(candidates, true);
    }

    /** A slice's transfers, kept only where something moved. */
    static Transfers sparse(int candidates) {
        return new Transfers(candidates, false);
    }

    private int cell(int from, int to) {
        int f = from < 0 ? candidates : from;
        int t = to == EXHAUSTED ? candidates : to == RESIDUAL ? candidates + 1 : to;
        return f * (candidates + 2) + t;
    }

    void add(int from, int to, long weight, boolean isFractional) {
        int i = cell(from, to);
        if (sparse != null) {
            long[] cell = sparse.computeIfAbsent(i, k -> new long[2]);
            cell[0] = Math.addExact(cell[0], weight);
            cell[1] |= isFractional ? 1 : 0;
            return;
        }
        units[i] = Math.addExact(units[i], weight);
        fractional[i] |= isFractional;
        any[i] = true;
    }

    boolean any(int from, int to) {
        return sparse != null ? sparse.containsKey(cell(from, to)) : any[cell(from, to)];
    }

    long units(int from, int to) {
        return sparse != null ? sparse.getOrDefault(cell(from, to), new long[2])[0] : units[cell(from, to)];
    }

    boolean fractional(int from, int to) {
        return sparse != null ? sparse.getOrDefault(cell(from, to), new long[2])[1] != 0 : fractional[cell(from, to)];
    }
}
