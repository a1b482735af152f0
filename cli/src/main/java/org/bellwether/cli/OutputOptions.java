package org.bellwether.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Source;
import org.bellwether.formats.report.Report;
import org.bellwether.formats.report.ReportFormat;
import picocli.CommandLine.Option;

/** Where and how a report is written. A file is written whole or not at all: a temporary file, then a move. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "output format (default: ${DEFAULT-VALUE}); a ranked count from cast-vote records also"
                    + " writes rctab-json and rctab-csv (RCTab's detailed summary) and nist-json or nist-xml (NIST SP"
                    + " 1500-100 results, each round a count), and rctab-cvr, RCTab's normalised cast-vote-record export"
                    + " of the ballots read (no count)")
    String format;

    /** The format of a report of totals; a ranked count's own formats are a usage error here. */
    ReportFormat reportFormat(picocli.CommandLine cl) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> ReportFormat.TEXT;
            case "json" -> ReportFormat.JSON;
            case "csv" -> ReportFormat.CSV;
            default -> throw new picocli.CommandLine.ParameterException(cl, "--format " + format + " is not a format"
                    + " of a results report (text, json, csv)" + (RankedCount.Format.known(format)
                    ? "; it is written for ranked counts from cast-vote records" : ""));
        };
    }

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    private static List<String> inputs(Report report) {
        return report.elections().stream().flatMap(e -> e.election().sources().stream()).map(Source::path).toList();
    }

    void write(Report report, PrintWriter stdout, picocli.CommandLine cl) {
        ReportFormat format = reportFormat(cl);
        if (out != null) {
            WholeFile.chars(out, inputs(report), w -> format.write(report, w));
            return;
        }
        try {
            format.write(report, stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write standard output", e);
        }
    }
}
