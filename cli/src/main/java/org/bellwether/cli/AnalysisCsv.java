package org.bellwether.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Writer;
import java.util.List;
import org.bellwether.formats.report.CsvCells;
import org.bellwether.formats.report.PlainText;

/**
 * Writes an analysis report as RFC 4180 CSV in long form, one figure a line:
 * {@code table,row,column,value}, so that every table of the report fits one file a spreadsheet or pandas reads
 * whole. Figures are plain numbers (no sign, no separators); words are kept as written. The software version and
 * the inputs come first as {@code #} comment lines.
 */
final class AnalysisCsv {

    private AnalysisCsv() {
    }

    static void write(AnalysisReport report, Writer out) throws java.io.IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeComment(" Bellwether " + report.version() + ": " + report.title());
        for (AnalysisReport.InputFile f : report.inputs()) {
            csv.writeComment(" input sha256=" + f.sha256() + " path=" + PlainText.escape(f.path()));
        }
        csv.writeRecord("table", "row", "column", "value");
        for (Table table : report.tables()) {
            for (int r = 0; r < table.rows().size(); r++) {
                List<Cell> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    csv.writeRecord(table.id(), String.valueOf(r + 1), CsvCells.text(table.columns().get(c)),
                            value(row.get(c)));
                }
            }
        }
        csv.flush();
    }

    private static String value(Cell cell) {
        return cell.number().map(java.math.BigDecimal::toPlainString).orElseGet(() -> CsvCells.text(cell.text()));
    }

}
