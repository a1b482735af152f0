package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;

/**
 * Writes an analysis report as JSON: each table with its columns (machine key and display label) and one object
 * per row keyed by the columns' machine keys, figures as JSON numbers written from their exact decimal text (never
 * through a double), words as strings.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    static void write(AnalysisReport report, Writer out) throws IOException {
        try (JsonGenerator g = JsonDocument.generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", "analysis.schema.json");
            g.writeStringField("title", report.title());
            g.writeObjectFieldStart("software");
            g.writeStringField("name", "bellwether");
            g.writeStringField("version", report.version());
            g.writeEndObject();
            g.writeArrayFieldStart("inputs");
            for (AnalysisReport.InputFile f : report.inputs()) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeStringField("sha256", f.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "method", report.notes());
            g.writeArrayFieldStart("tables");
            for (Table t : report.tables()) {
                table(g, t);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void table(JsonGenerator g, Table t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("title", t.title());
        g.writeArrayFieldStart("columns");
        List<String> keys = t.keys();
        for (int c = 0; c < keys.size(); c++) {
            g.writeStartObject();
            g.writeStringField("key", keys.get(c));
            g.writeStringField("label", t.columns().get(c));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (List<Cell> row : t.rows()) {
            g.writeStartObject();
            for (int c = 0; c < row.size(); c++) {
                g.writeFieldName(keys.get(c));
                Cell cell = row.get(c);
                if (cell.number().isPresent()) {
                    g.writeNumber(cell.number().get().toPlainString());
                } else {
                    g.writeString(cell.text());
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "notes", t.notes());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
