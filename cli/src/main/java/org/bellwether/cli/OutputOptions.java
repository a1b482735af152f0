package org.bellwether.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bellwether.formats.report.Report;
import org.bellwether.formats.report.ReportFormat;
import picocli.CommandLine.Option;

/** Where and how a report is written. A file is written whole or not at all: a temporary file, then a move. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "output format (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    void write(Report report, PrintWriter stdout) {
        try {
            if (out == null) {
                format.write(report, stdout);
                stdout.flush();
                return;
            }
            Path target = out.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                format.write(report, w);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (out == null ? "standard output" : out), e);
        }
    }
}
