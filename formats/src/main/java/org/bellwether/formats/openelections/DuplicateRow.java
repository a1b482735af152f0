package org.bellwether.formats.openelections;

/**
 * Signals, inside the reader, that a row repeats a tally or statistic already held; {@link Duplicates} turns it
 * into the {@code InputException} the user sees, once it has found the first copy's line.
 */
final class DuplicateRow extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final long line;
    final boolean statistic;
    /** The builder's tally row that already holds the key, or the statistic's {@link SumKeys} key. */
    final long existing;
    final String what;

    DuplicateRow(long line, boolean statistic, long existing, String what) {
        super("line " + line + ": duplicate " + what, null, false, false);
        this.line = line;
        this.statistic = statistic;
        this.existing = existing;
        this.what = what;
    }
}
