package org.bellwether.cli;

import java.util.List;
import java.util.Objects;
import org.bellwether.render.Table;

/**
 * An analysis as written: tables, the method in sentences, the inputs with their SHA-256 and the software
 * version. No clock time, so the same inputs give the same bytes.
 *
 * @param title   e.g. {@code Bellwether analysis: swing}
 * @param version the software version
 * @param inputs  every file read, in the order read
 * @param tables  the tables
 * @param notes   the method, in sentences
 */
record AnalysisReport(String title, String version, List<InputFile> inputs, List<Table> tables,
        List<String> notes) {

    AnalysisReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        inputs = List.copyOf(inputs);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** A file read, as the user named it (relative to the working directory when possible), and its hash. */
    record InputFile(String path, String sha256) {
    }
}
