package org.bellwether.formats.sidefile;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bellwether.formats.InputException;

/**
 * A small hand-written CSV file beside the results: a header naming known columns, then rows. Every value is
 * stripped of surrounding spaces, and every row keeps its line number so that errors can point at it.
 */
final class SideCsv {

    /** A side file lists choices or spellings; a file this long is a mistake, not a side file. */
    static final int MAX_ROWS = 10_000;

    /** One row: its first line in the file and its values by column. */
    record Row(long line, Map<String, String> values) {
        Row {
            values = Map.copyOf(values);
        }

        /** The value of a column, empty when the file has no such column. */
        String get(String column) {
            return values.getOrDefault(column, "");
        }

        InputException error(String file, String problem) {
            return new InputException(file, "line " + line, problem);
        }
    }

    private SideCsv() {
    }

    /** The rows of a file whose header has every required column and no column that is not known. */
    static List<Row> read(Path file, Columns columns) {
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return read(file.toString(), in, columns);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "", "file does not exist", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The same, from text already open (a file shipped inside the program), named {@code name} in errors. */
    static List<Row> read(String name, java.io.Reader text, Columns columns) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text)) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw new InputException(name, "", "file is empty: expected a header with the columns " + columns);
            }
            List<String> header = columns.check(name, records.next().getFields());
            return rows(name, header, records);
        } catch (java.io.UncheckedIOException | IOException | CsvParseException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Row> rows(String name, List<String> header, Iterator<CsvRecord> records) {
        List<Row> rows = new ArrayList<>();
        while (records.hasNext()) {
            CsvRecord record = records.next();
            String line = "line " + record.getStartingLineNumber();
            if (rows.size() == MAX_ROWS) {
                throw new InputException(name, line, "more than " + MAX_ROWS + " rows (SideCsv.MAX_ROWS)");
            }
            if (record.getFieldCount() != header.size()) {
                throw new InputException(name, line, record.getFieldCount() + " fields, but the header has "
                        + header.size());
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), record.getField(i).strip());
            }
            rows.add(new Row(record.getStartingLineNumber(), values));
        }
        return rows;
    }
}
