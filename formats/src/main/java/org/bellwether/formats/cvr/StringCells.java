package org.bellwether.formats.cvr;

/** Cells held as Strings (an xlsx row). */
final class StringCells implements Cells {

    private int[] columns;
    private String[] texts;
    private int size;

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
        return texts[i].trim();
    }

    @Override
    public boolean blank(int i) {
        return texts[i].isBlank();
    }

    @Override
    public int lookup(int i, Names names) {
        return names.lookup(texts[i].trim());
    }

    @Override
    public boolean contains(int i, String delimiter) {
        return texts[i].contains(delimiter);
    }
}
