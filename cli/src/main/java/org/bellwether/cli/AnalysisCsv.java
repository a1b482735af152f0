package org.bellwether.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Writer;
import java.util.List;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;

/**
 * Writes an analysis report as RFC 4180 CSV in long form, one figure a line:
 * {@code table,row,column,value}, so that every table of the report fits one file a spreadsheet or pandas reads
 * whole. Figures are plain numbers (no sign, no separators); words are kept as written; columns are named by their
 * machine keys. The software version and the inputs come first as rows of their own ({@code software} and
 * {@code inputs}), so the file is a plain table that any CSV reader takes as it is.
 */
final class AnalysisCsv {

    private AnalysisCsv() {
    }

    static void write(AnalysisReport report, Writer out) throws java.io.IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord("table", "row", "column", "value");
        csv.writeRecord("software", "1", "name", "bellwether");
        csv.writeRecord("software", "1", "version", report.version());
        csv.writeRecord("software", "1", "title", report.title());
        for (int i = 0; i < report.inputs().size(); i++) {
            AnalysisReport.InputFile f = report.inputs().get(i);
            csv.writeRecord("inputs", String.valueOf(i + 1), "path", f.path());
            csv.writeRecord("inputs", String.valueOf(i + 1), "sha256", f.sha256());
        }
        for (Table table : report.tables()) {
            List<String> keys = table.keys();
            for (int r = 0; r < table.rows().size(); r++) {
                List<Cell> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    csv.writeRecord(table.id(), String.valueOf(r + 1), keys.get(c), value(row.get(c)));
                }
            }
        }
        csv.flush();
    }

    private static String value(Cell cell) {
        return cell.number().map(java.math.BigDecimal::toPlainString).orElse(cell.text());
    }

}
