package org.bellwether.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where and how an analysis is written: text, JSON or CSV, to standard output or whole to a file. */
final class AnalysisOutput {

    enum Format { TEXT, JSON, CSV }

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "output format (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Option(names = "--table", paramLabel = "ID", description = "write only the tables with this id (repeatable)")
    List<String> tables;

    void write(AnalysisReport report, PrintWriter stdout) {
        AnalysisReport selected = tables == null ? report : new AnalysisReport(report.title(), report.version(),
                report.inputs(), report.tables().stream().filter(t -> tables.contains(t.id())).toList(),
                report.notes());
        if (out != null) {
            WholeFile.chars(out, report.inputs().stream().map(AnalysisReport.InputFile::path).toList(),
                    w -> write(selected, w));
            return;
        }
        try {
            write(selected, (Writer) stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write standard output", e);
        }
    }

    private void write(AnalysisReport report, Writer w) throws IOException {
        switch (format) {
            case TEXT -> AnalysisText.write(report, w);
            case JSON -> AnalysisJson.write(report, w);
            case CSV -> AnalysisCsv.write(report, w);
        }
    }
}
