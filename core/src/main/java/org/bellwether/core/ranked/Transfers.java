package org.bellwether.core.ranked;

/**
 * The votes that moved in one round, from each candidate (or from no candidate: a ballot's first placement) to
 * each candidate or sink, in units of the count with their printing flags.
 */
final class Transfers {

    static final int EXHAUSTED = -1;
    static final int RESIDUAL = -2;

    private final int candidates;
    private final long[] units;
    private final boolean[] fractional;
    private final boolean[] any;

    Transfers(int candidates) {
        this.candidates = candidates;
        int size = (candidates + 1) * (candidates + 2);
        units = new long[size];
        fractional = new boolean[size];
        any = new boolean[size];
    }

    private int cell(int from, int to) {
        int f = from < 0 ? candidates : from;
        int t = to == EXHAUSTED ? candidates : to == RESIDUAL ? candidates + 1 : to;
        return f * (candidates + 2) + t;
    }

    void add(int from, int to, long weight, boolean isFractional) {
        int i = cell(from, to);
        units[i] = Math.addExact(units[i], weight);
        fractional[i] |= isFractional;
        any[i] = true;
    }

    boolean any(int from, int to) {
        return any[cell(from, to)];
    }

    long units(int from, int to) {
        return units[cell(from, to)];
    }

    boolean fractional(int from, int to) {
        return fractional[cell(from, to)];
    }
}
