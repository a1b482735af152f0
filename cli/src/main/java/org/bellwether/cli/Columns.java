package org.bellwether.cli;

import java.util.List;

/** Plain-text columns as wide as their widest cell; columns from {@code firstNumeric} on align right. */
final class Columns {

    private Columns() {
    }

    static String render(List<List<String>> rows, int firstNumeric) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < width.length; c++) {
                String pad = " ".repeat(width[c] - row.get(c).length());
                line.append(c == 0 ? "" : "  ").append(c >= firstNumeric ? pad + row.get(c) : row.get(c) + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
