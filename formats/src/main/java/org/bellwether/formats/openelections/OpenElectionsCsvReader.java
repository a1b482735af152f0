package org.bellwether.formats.openelections;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.ResultsReader;

/**
 * Reads OpenElections CSV files, precinct-level ({@code county,precinct,office,district,...}) or county-level
 * (no precinct column), with the votes in a {@code votes} column, in vote-type columns, or both. Columns are
 * found by header name. Total rows are checked against their parts and never stored; rows that count
 * something other than votes for a candidate become unit statistics. See {@link Units}, {@link ContestNames},
 * {@link RowKind}, {@link RowVotes}, {@link Choices} and {@link TotalsCheck} for the rules, each with the file
 * that motivates it.
 *
 * <p>The election's date, state, kind and name come from the file's name when it follows OpenElections' naming
 * standard ({@link FileName}). Names are not always right (the KS-04 files of the 11 April 2017 election are partly
 * named {@code 20170417}), so files that disagree keep the earliest day, with a note naming both.
 */
public final class OpenElectionsCsvReader implements ResultsReader {

    static final String NAME = "openelections-csv";
    /**
     * From this size on, a file is parsed on a thread of its own beside the rows ({@link PipedRecords}): below it,
     * the read is over before a second thread would pay for itself.
     */
    static final long PIPE_BYTES = 8L << 20;

    private final long pipeBytes;

    public OpenElectionsCsvReader() {
        this(PIPE_BYTES);
    }

    /** A reader that parses on a thread of its own from {@code pipeBytes} on; tests give 0 to do so for all. */
    OpenElectionsCsvReader(long pipeBytes) {
        // Otherwise stateless: every read keeps its state in its own objects.
        this.pipeBytes = pipeBytes;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A first line that is a CSV header naming county, office and candidate columns, in any case. */
    @Override
    public boolean recognises(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String first = text.substring(0, end).replace("\uFEFF", "");
        try {
            Set<String> names = CsvReader.builder().ofSingleCsvRecord(first).getFields().stream()
                    .map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            return names.containsAll(Layout.REQUIRED);
        } catch (CsvParseException e) {
            return false;
        }
    }

    @Override
    public void read(Path file, ElectionBuilder into, ReadOptions options) {
        ReadContext context = ReadContext.of(file, into, options);
        election(context);
        try {
            CsvPass.read(context, LineLog.OFF, Long.MAX_VALUE, pipeBytes);
        } catch (DuplicateRow duplicate) {
            throw Duplicates.explain(duplicate, context);
        }
        if (!LastByte.isLineEnd(file)) {
            context.notes().add("the last record has no line end, so the file may have been cut short in it (a"
                    + " figure cut from 154 to 15 still reads as a number): check its last figures against the source");
        }
        context.notes().writeTo(into);
    }

    private static void election(ReadContext context) {
        Optional<FileName> named = FileName.parse(context.fileName());
        if (named.isEmpty()) {
            context.notes().add("the file name does not follow OpenElections' naming standard"
                    + " (YYYYMMDD__state__[special__]general|primary[__runoff]__...__level.csv): no date, state or"
                    + " kind of election taken from it");
            return;
        }
        FileName n = named.get();
        ElectionBuilder into = context.builder();
        Optional<LocalDate> held = into.dateSoFar();
        if (held.isPresent() && !held.get().equals(n.date())) {
            LocalDate kept = held.get().isBefore(n.date()) ? held.get() : n.date();
            context.notes().add("its name gives the day " + n.date() + ", another file's " + held.get() + ": "
                    + kept + ", the earlier, is kept (give --date to say otherwise)");
            into.replaceDate(kept);
            return;
        }
        into.name(n.name()).date(n.date()).type(n.type()).state(n.state());
    }
}
