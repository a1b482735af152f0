package org.bellwether.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;
import org.bellwether.formats.report.PlainText;

/** Writes an analysis report as aligned plain-text tables: figures to the right, words to the left. */
final class AnalysisText {

    private AnalysisText() {
    }

    static void write(AnalysisReport report, Writer out) throws IOException {
        out.write(report.title() + "\n" + "=".repeat(report.title().length()) + "\n");
        for (Table table : report.tables()) {
            out.write("\n" + PlainText.escape(table.title()) + "\n\n");
            out.write(render(table));
            for (String note : table.notes()) {
                out.write("  - " + PlainText.escape(note) + "\n");
            }
        }
        if (!report.notes().isEmpty()) {
            out.write("\nMethod:\n");
            for (String note : report.notes()) {
                out.write("  - " + PlainText.escape(note) + "\n");
            }
        }
        out.write("\nInputs (SHA-256):\n");
        for (AnalysisReport.InputFile f : report.inputs()) {
            out.write("  " + f.sha256() + "  " + PlainText.escape(f.path()) + "\n");
        }
        out.write("\nMade by Bellwether " + report.version() + ".\n");
    }

    static String render(Table table) {
        int columns = table.columns().size();
        int[] width = new int[columns];
        boolean[] right = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = table.columns().get(c).length();
            for (List<Cell> row : table.rows()) {
                width[c] = Math.max(width[c], PlainText.escape(row.get(c).text()).length());
                right[c] |= row.get(c).number().isPresent();
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, table.columns(), width, right);
        for (List<Cell> row : table.rows()) {
            line(out, row.stream().map(cell -> PlainText.escape(cell.text())).toList(), width, right);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width, boolean[] right) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < width.length; c++) {
            String pad = " ".repeat(width[c] - cells.get(c).length());
            line.append(c == 0 ? "" : "  ").append(right[c] ? pad + cells.get(c) : cells.get(c) + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
