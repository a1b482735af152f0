package org.bellwether.formats.cvr;

/**
 * Cells whose texts are trimmed already, read as the CSV count reads its cells ({@link RankCells}): blank only when
 * nothing is left after trimming (a cell of other white space is text, as a CSV parse keeps it).
 */
final class TrimmedCells implements Cells {

    private final int[] columns;
    private final String[] texts;
    private int size;

    TrimmedCells(int[] columns, String[] texts) {
        this.columns = columns;
        this.texts = texts;
    }

    TrimmedCells size(int cells) {
        this.size = cells;
        return this;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int column(int i) {
        return columns[i];
    }

    @Override
    public String text(int i) {
        return texts[i];
    }

    @Override
    public boolean blank(int i) {
        return texts[i].isEmpty();
    }

    @Override
    public int lookup(int i, Names names) {
        return texts[i].isEmpty() ? Names.UNKNOWN : names.lookup(texts[i]);
    }

    @Override
    public boolean contains(int i, String delimiter) {
        return texts[i].contains(delimiter);
    }
}
