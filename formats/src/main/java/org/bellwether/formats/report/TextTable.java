package org.bellwether.formats.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns are as wide as their widest cell; numbers align right, text left. */
final class TextTable {

    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<Boolean> rightAligned) {
        this.rightAligned = List.copyOf(rightAligned);
    }

    TextTable row(List<String> cells) {
        if (cells.size() != rightAligned.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table " + rightAligned.size());
        }
        rows.add(cells.stream().map(PlainText::escape).toList());
        return this;
    }

    String render(String indent) {
        int[] width = new int[rightAligned.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < width.length; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(rightAligned.get(c) ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
