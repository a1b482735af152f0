package org.bellwether.cli;

import java.util.List;
import org.bellwether.formats.report.PlainText;

/** Plain-text columns as wide as their widest cell; columns from {@code firstNumeric} on align right. */
final class Columns {

    private Columns() {
    }

    /** Cells are escaped ({@code PlainText}): a name from a file cannot break a row in two. */
    static String render(List<List<String>> given, int firstNumeric) {
        List<List<String>> rows = given.stream().map(r -> r.stream().map(PlainText::escape).toList()).toList();
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
