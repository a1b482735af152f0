package org.bellwether.formats.cvr;

/** The cells of one ballot row, in column order, however the file holds them. */
interface Cells {

    int size();

    /** The zero-based column of the i-th cell. */
    int column(int i);

    /** The i-th cell's text (made only when needed: a precinct, a message, an overvote delimiter). */
    String text(int i);

    /** Whether the i-th cell is blank once trimmed. */
    boolean blank(int i);

    /** The meaning of the i-th cell's trimmed text: a candidate, a label's code, or {@link Names#UNKNOWN}. */
    int lookup(int i, Names names);

    /** Whether the i-th cell's text contains the delimiter. */
    boolean contains(int i, String delimiter);
}
