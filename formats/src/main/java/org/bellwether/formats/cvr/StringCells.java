package org.bellwether.formats.cvr;

/**
 * Cells held as Strings: an xlsx row, or the rows of a sheet that discovery kept ({@link RankRows}). Read as the
 * xlsx count reads them (trimmed; blank when only white space) or, for texts a CSV file gave, as the CSV count reads
 * its cells ({@link RankCells}): trimmed already, blank only when nothing is left (a cell of other white space is
 * text there).
 */
final class StringCells implements Cells {

    private final boolean csv;
    private int[] columns;
    private String[] texts;
    private int size;

    /** Cells of an xlsx row. */
    StringCells() {
        this(false);
    }

    /** {@code csv}: the texts are a CSV file's, trimmed. */
    StringCells(boolean csv) {
        this.csv = csv;
    }

    StringCells set(int[] rowColumns, String[] rowTexts, int rowSize) {
        this.columns = rowColumns;
        this.texts = rowTexts;
        this.size = rowSize;
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
        return csv ? texts[i] : texts[i].trim();
    }

    @Override
    public boolean blank(int i) {
        return csv ? texts[i].isEmpty() : texts[i].isBlank();
    }

    @Override
    public int lookup(int i, Names names) {
        return csv && texts[i].isEmpty() ? Names.UNKNOWN : names.lookup(text(i));
    }

    @Override
    public boolean contains(int i, String delimiter) {
        return texts[i].contains(delimiter);
    }
}
