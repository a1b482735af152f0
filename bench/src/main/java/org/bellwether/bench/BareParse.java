package org.bellwether.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The baseline: a FastCSV pass over the file that does nothing with its records but count their fields. */
final class BareParse {

    private BareParse() {
    }

    static long fields(Path file) {
        long fields = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord record : csv) {
                fields += record.getFieldCount();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }
}
