package org.bellwether.formats.openelections;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.formats.InputException;

/**
 * One streaming pass over a file: FastCSV over a buffered UTF-8 reader, strict RFC 4180 (a quote left open at
 * the end of the input is a truncated file, not a field), empty lines skipped, records read through
 * {@link CsvFields} rather than as FastCSV's records so that a row costs no allocation. Field counts are checked by the
 * rows themselves so that the message can say what the header expects.
 */
final class CsvPass {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    /**
     * Bytes of file per tally, for the builder's size hint: a statewide file's rows run 60 to 80 bytes, so this
     * guesses low rather than high, and a low guess only leaves the index one growth to make.
     */
    private static final long BYTES_PER_TALLY = 80;

    private CsvPass() {
    }

    /**
     * Reads the file; {@code stopAfter} ends the pass early, without the checks at the end, when looking back. A
     * file of {@code pipeBytes} or more, when there is a second core, is parsed on a thread of its own
     * ({@link PipedRecords}) with the same records, in the same order, as here.
     */
    static void read(ReadContext context, LineLog log, long stopAfter, long pipeBytes) {
        long size = expectTallies(context);
        CsvReader.CsvReaderBuilder options = CsvReader.builder().allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE);
        try (Reader in = Files.newBufferedReader(context.file(), StandardCharsets.UTF_8)) {
            if (size >= pipeBytes && Runtime.getRuntime().availableProcessors() > 1) {
                try (PipedRecords records = new PipedRecords(options, in)) {
                    readRecords(records, context, log, stopAfter);
                }
            } else {
                try (CsvReader<CsvFields> csv = options.build(new CsvFields(), in)) {
                    readRecords(csv.iterator(), context, log, stopAfter);
                }
            }
        } catch (CsvParseException e) {
            throw parseError(context, e);
        } catch (UncheckedIOException e) {
            throw ioError(context, e.getCause());
        } catch (IOException e) {
            throw ioError(context, e);
        }
    }

    /** The file's size, or 0 when it cannot be had (the read that follows reports why). */
    private static long expectTallies(ReadContext context) {
        try {
            long size = Files.size(context.file());
            context.builder().expectTallies(size / BYTES_PER_TALLY);
            return size;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void readRecords(Iterator<CsvFields> records, ReadContext context, LineLog log,
            long stopAfter) {
        if (!records.hasNext()) {
            throw context.error("no header line: the file is empty");
        }
        CsvFields header = records.next();
        Layout layout = Layout.of(header.toList(), header.line(), context);
        context.notes().add(layout.describe());
        RowReader rows = new RowReader(layout, context, log);
        while (records.hasNext()) {
            CsvFields record = records.next();
            if (record.line() > stopAfter) {
                return;
            }
            rows.accept(record);
        }
        rows.finish();
    }

    private static InputException parseError(ReadContext context, CsvParseException e) {
        String message = String.valueOf(e.getMessage());
        Matcher line = LINE.matcher(message);
        String location = line.find() ? "line " + line.group(1) : "";
        String problem = message.startsWith("Unclosed quoted field")
                ? "truncated file: the record starting on this line ends inside a quoted field"
                : "not valid CSV: " + message;
        return new InputException(context.file().toString(), location, problem, e);
    }

    private static InputException ioError(ReadContext context, IOException e) {
        String file = context.file().toString();
        if (e instanceof NoSuchFileException) {
            return new InputException(file, "", "file does not exist", e);
        }
        if (e instanceof CharacterCodingException) {
            return new InputException(file, "", "not UTF-8 text: it holds a byte sequence UTF-8 does not allow", e);
        }
        return new InputException(file, "", "cannot be read: " + e.getMessage(), e);
    }
}
