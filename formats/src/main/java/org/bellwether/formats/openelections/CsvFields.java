package org.bellwether.formats.openelections;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The current record as FastCSV hands it over: its fields as ranges of one reused char buffer, turned into
 * Strings only when asked, and counts parsed from the chars without any String. Each column keeps the Strings it
 * made recently, so a cell that repeats (a county, an office, a candidate of the
 * contest) gives back the String made for it before: rows come grouped by precinct and contest, so a row of a
 * large file allocates nothing. FastCSV reuses one instance for every record; read a record before the next.
 *
 * <p>The limits are FastCSV's own record handler's, with its messages: 16,384 fields, 16 Mi characters a field,
 * 64 Mi a record.
 */
final class CsvFields extends CsvCallbackHandler<CsvFields> {

    static final int MAX_FIELDS = 16 * 1024;
    static final int MAX_FIELD_SIZE = 16 * 1024 * 1024;
    static final int MAX_RECORD_SIZE = 4 * MAX_FIELD_SIZE;

    private long line;
    private RecordType type = RecordType.DATA;
    private int count;
    private char[] chars = new char[1024];
    private int size;
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private Column[] columns = new Column[32];
    /** The record before, kept to find how many of its leading fields this one repeats. */
    private char[] previousChars = new char[1024];
    private int[] previousLengths = new int[32];
    private int previousCount;
    /**
     * Where the record's fields are in {@code starts} and {@code lengths} (and the record before's, and where its
     * chars begin): 0 for a record handed over field by field, which fills these buffers from the start; else the
     * place in the batch whose arrays it reads in place ({@link #adopt}).
     */
    private int base;
    private int previousBase;
    private int previousFrom;
    /** Whether the records are read in place from batches: then they never come field by field. */
    private boolean adopted;
    private long record;
    /** How many leading fields repeat the record before's. */
    private int repeated;

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        if (adopted) {
            throw new IllegalStateException("records are read in place from batches");
        }
        char[] held = previousChars;
        previousChars = chars;
        chars = held;
        int[] heldLengths = previousLengths;
        previousLengths = lengths;
        lengths = heldLengths;
        previousCount = count;
        record++;
        repeated = 0;
        line = startingLineNumber;
        type = RecordType.DATA;
        count = 0;
        size = 0;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        if (len > MAX_FIELD_SIZE) {
            throw new CsvParseException(tooLarge("field", MAX_FIELD_SIZE));
        }
        if (size + len > MAX_RECORD_SIZE) {
            throw new CsvParseException(tooLarge("record", MAX_RECORD_SIZE));
        }
        if (count == starts.length) {
            widen();
        }
        if (size + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(size + len, chars.length * 2));
        }
        System.arraycopy(buf, offset, chars, size, len);
        starts[count] = size;
        lengths[count++] = len;
        size += len;
    }

    /**
     * Takes a record parsed on another thread in place: its fields are ranges of the batch's arrays, read where they
     * are, not copied again. The batch must stay as it is until the record after this one is taken (this one is
     * then the record before, which the repeats are found against). A record that the parse found {@code over} a
     * limit is refused as {@link #addField} refuses it, at the same field, with its message.
     */
    void adopt(long startingLineNumber, boolean isEmpty, char[] batchChars, int[] batchStarts, int[] batchLengths,
            int first, int fields, boolean over) {
        adopted = true;
        previousChars = chars;
        previousLengths = lengths;
        previousBase = base;
        previousFrom = count > 0 ? starts[base] : 0;
        previousCount = count;
        record++;
        repeated = 0;
        line = startingLineNumber;
        type = isEmpty ? RecordType.EMPTY : RecordType.DATA;
        chars = batchChars;
        starts = batchStarts;
        lengths = batchLengths;
        base = first;
        if (over) {
            count = 0;
            checkLimits(fields);
        }
        count = fields;
        if (columns.length < fields) {
            columns = Arrays.copyOf(columns, Math.max(fields, columns.length * 2));
        }
        repeated = repeated();
    }

    private void checkLimits(int fields) {
        int total = 0;
        for (int f = 0; f < fields; f++) {
            int len = lengths[base + f];
            if (len > MAX_FIELD_SIZE || total + len > MAX_RECORD_SIZE || f == MAX_FIELDS) {
                count = f;
                throw new CsvParseException(len > MAX_FIELD_SIZE ? tooLarge("field", MAX_FIELD_SIZE)
                        : total + len > MAX_RECORD_SIZE ? tooLarge("record", MAX_RECORD_SIZE) : tooMany());
            }
            total += len;
        }
    }

    private String tooMany() {
        return "Record starting at line %d has surpassed the maximum limit of %d fields".formatted(line, MAX_FIELDS);
    }

    private String tooLarge(String what, int limit) {
        return "Field at index %d in record starting at line %d exceeds the max %s size of %d characters"
                .formatted(count, line, what, limit);
    }

    private void widen() {
        if (count == MAX_FIELDS) {
            throw new CsvParseException(tooMany());
        }
        int wider = Math.min(MAX_FIELDS, count * 2);
        starts = Arrays.copyOf(starts, wider);
        lengths = Arrays.copyOf(lengths, wider);
        previousLengths = Arrays.copyOf(previousLengths, wider);
        columns = Arrays.copyOf(columns, wider);
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        throw new IllegalStateException("comments are not enabled");
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
        count = 1;
        starts[0] = 0;
        lengths[0] = 0;
    }

    @Override
    protected CsvFields buildRecord() {
        repeated = repeated();
        return this;
    }

    /** The line the record starts on. */
    long line() {
        return line;
    }

    int count() {
        return count;
    }

    /** The record's number, counting every record of the pass from 1. */
    long number() {
        return record;
    }

    /** Whether the field holds the same chars as in the record before, as found for every leading field at once. */
    boolean repeats(int field) {
        return field < repeated;
    }

    /**
     * The field as a String: the same instance as before when the column held these chars recently. Rows come
     * grouped, so a cell most often repeats the column's last one, or else the one that followed that last time
     * (a precinct's candidates come in the same order as the precinct before); only then are the chars hashed,
     * into a table of two slots per hash. The leading fields a record shares with the one before (county,
     * precinct, office) are found with one comparison for them all; the first field after them is known to
     * differ, and a column whose cell changed last time (the candidate) tries the cell that follows first.
     * Comparisons run over copies of the chars, which compare vectorised. Cells are numbered and linked by number,
     * so the hot path stores no reference (no collector barrier).
     */
    String get(int field) {
        Column column = columns[field];
        if (field < repeated && column != null && column.record == record - 1) {
            column.record = record;
            return column.strings[column.last];
        }
        return resolve(field);
    }

    /** The field as a String when it does not repeat the record before's; kept apart so that get() inlines. */
    private String resolve(int field) {
        Column column = columns[field];
        if (column == null) {
            column = new Column();
            columns[field] = column;
        }
        boolean followed = column.record == record - 1;
        column.record = record;
        int last = column.last;
        if (last >= 0) {
            boolean changed = followed && field == repeated;
            if (!changed && !column.moved && holds(column.chars[last], field)) {
                return column.strings[last];
            }
            int next = column.next[last];
            if (next >= 0 && holds(column.chars[next], field)) {
                column.last = next;
                column.moved = true;
                return column.strings[next];
            }
            if (!changed && column.moved && holds(column.chars[last], field)) {
                column.moved = false;
                return column.strings[last];
            }
        }
        int cell = find(column, field);
        if (last >= 0) {
            column.next[last] = cell;
        }
        column.last = cell;
        column.moved = true;
        return column.strings[cell];
    }

    /**
     * How many leading fields hold the same chars as the record before's: fields lie end to end in both buffers,
     * so while their lengths agree, one comparison over the chars covers them all.
     */
    private int repeated() {
        int fields = 0;
        int end = 0;
        int shared = Math.min(count, previousCount);
        while (fields < shared && lengths[base + fields] == previousLengths[previousBase + fields]) {
            end += lengths[base + fields++];
        }
        if (end == 0) {
            return fields;
        }
        int from = starts[base];
        int differ = Arrays.mismatch(chars, from, from + end, previousChars, previousFrom, previousFrom + end);
        if (differ >= 0) {
            while (fields > 0 && starts[base + fields - 1] - from + lengths[base + fields - 1] > differ) {
                fields--;
            }
        }
        return fields;
    }

    private int find(Column column, int field) {
        int start = starts[base + field];
        int length = lengths[base + field];
        int hash = 0;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = ((hash * 0x9E3779B9) >>> (32 - Column.BITS)) * 2;
        for (int way = slot; way <= slot + 1; way++) {
            int cell = column.table[way] - 1;
            if (cell >= 0 && holds(column.chars[cell], field)) {
                return cell;
            }
        }
        int cell = column.add(Arrays.copyOfRange(chars, start, start + length), new String(chars, start, length));
        column.table[slot + 1] = column.table[slot];
        column.table[slot] = cell + 1;
        return cell;
    }

    private boolean holds(char[] held, int field) {
        int start = starts[base + field];
        int length = lengths[base + field];
        return held.length == length && Arrays.equals(held, 0, length, chars, start, start + length);
    }

    /**
     * One column's recent cells, numbered: each one's chars, String and the cell that followed it last time; the
     * last cell; and a table by hash of {@code 2^BITS} slot pairs holding cell number + 1. When {@link #CELLS}
     * are taken (a column of precinct names), it starts again empty; a stale number only makes a wrong guess,
     * which the comparison refuses.
     */
    private static final class Column {
        static final int BITS = 7;
        static final int CELLS = 256;
        final char[][] chars = new char[CELLS][];
        final String[] strings = new String[CELLS];
        final int[] next = new int[CELLS];
        final int[] table = new int[2 << BITS];
        int count;
        int last = -1;
        /** The record whose cell {@code last} is, so that a repeat of the record before can be trusted. */
        long record = -2;
        /** Whether the cell changed last time: then the one that followed is tried before the last. */
        boolean moved;

        int add(char[] cellChars, String string) {
            if (count == CELLS) {
                count = 0;
                last = -1;
                Arrays.fill(table, 0);
            }
            chars[count] = cellChars;
            strings[count] = string;
            next[count] = -1;
            return count++;
        }
    }

    /**
     * Whether the field is empty or only white space, as {@link String#isBlank()} says: no white space lies
     * outside the Basic Multilingual Plane, so a surrogate is never white space.
     */
    boolean isBlank(int field) {
        int start = starts[base + field];
        for (int i = start; i < start + lengths[base + field]; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the field holds either char. */
    boolean containsEither(int field, char one, char other) {
        int start = starts[base + field];
        for (int i = start; i < start + lengths[base + field]; i++) {
            if (chars[i] == one || chars[i] == other) {
                return true;
            }
        }
        return false;
    }

    /** The value of a field of ASCII digits, or -1 when it is anything else; as {@link VoteCounts#digits}. */
    long digits(int field) {
        int start = starts[base + field];
        int length = lengths[base + field];
        if (length == 0 || length > VoteCounts.MAX_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < start + length; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    List<String> toList() {
        List<String> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fields.add(new String(chars, starts[base + i], lengths[base + i]));
        }
        return fields;
    }
}
