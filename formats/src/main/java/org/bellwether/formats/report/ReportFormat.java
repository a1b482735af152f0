package org.bellwether.formats.report;

import java.io.IOException;
import java.io.Writer;

/** The formats a report can be written in. */
public enum ReportFormat {
    TEXT, JSON, CSV;

    public void write(Report report, Writer out) throws IOException {
        switch (this) {
            case TEXT -> new TextReportWriter(out).write(report);
            case JSON -> new JsonReportWriter(out).write(report);
            case CSV -> new CsvReportWriter(out).write(report);
        }
    }
}
