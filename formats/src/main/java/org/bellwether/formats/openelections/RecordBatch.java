package org.bellwether.formats.openelections;

import java.util.Arrays;

/**
 * Records as FastCSV's parser handed them over, kept to be handed over again on another thread: each record's
 * starting line, whether it was an empty line (one empty field), and its fields as ranges of one char array, end
 * to end. A record counts only once it is complete, so a parse that fails inside one leaves none of it here.
 */
final class RecordBatch {

    /** A batch is handed over at this many records or chars: a few hundred KiB, a few per queue. */
    private static final int RECORDS = 2048;
    private static final int CHARS = 128 * 1024;

    /** The end of the records; {@link #failure} says whether the parse failed there. */
    static RecordBatch end(Throwable failure) {
        RecordBatch end = new RecordBatch();
        end.failure = failure;
        end.last = true;
        return end;
    }

    private char[] chars = new char[CHARS];
    private int size;
    private int[] starts = new int[RECORDS * 8];
    private int[] lengths = new int[RECORDS * 8];
    private int fields;
    private final long[] lines = new long[RECORDS + 1];
    private final boolean[] empty = new boolean[RECORDS + 1];
    /** Whether a record is over one of the reading's limits ({@link CsvFields#MAX_FIELDS} and the sizes). */
    private final boolean[] over = new boolean[RECORDS + 1];
    private int recordChars;
    /** Each record's first field; the record after the last complete one is the one being parsed. */
    private final int[] firstFields = new int[RECORDS + 2];
    private int records;
    private boolean last;
    private Throwable failure;

    /** Empties the batch for the records that follow, keeping its arrays. */
    RecordBatch reset() {
        size = 0;
        fields = 0;
        records = 0;
        return this;
    }

    boolean full() {
        return records >= RECORDS || size >= CHARS;
    }

    boolean last() {
        return last;
    }

    Throwable failure() {
        return failure;
    }

    int records() {
        return records;
    }

    void begin(long line) {
        lines[records] = line;
        empty[records] = false;
        over[records] = false;
        recordChars = 0;
        fields = firstFields[records];
    }

    void add(char[] buf, int offset, int len) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            lengths = Arrays.copyOf(lengths, fields * 2);
        }
        if (size + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(size + len, chars.length * 2));
        }
        System.arraycopy(buf, offset, chars, size, len);
        starts[fields] = size;
        lengths[fields++] = len;
        size += len;
        recordChars += len;
        if (len > CsvFields.MAX_FIELD_SIZE || recordChars > CsvFields.MAX_RECORD_SIZE
                || fields - firstFields[records] > CsvFields.MAX_FIELDS) {
            over[records] = true;
        }
    }

    /** An empty line: one empty field, as FastCSV's own handler makes it. */
    void setEmpty() {
        empty[records] = true;
        fields = firstFields[records];
        add(chars, 0, 0);
    }

    int currentFields() {
        return fields - firstFields[records];
    }

    /** The record being parsed is complete. */
    void commit() {
        firstFields[++records] = fields;
    }

    /**
     * Hands record {@code r} to the reader's own handler, with what the parser would have handed it, read in place:
     * the batch must not be filled again until the handler has taken the record after it.
     */
    void replay(int r, CsvFields into) {
        into.adopt(lines[r], empty[r], chars, starts, lengths, firstFields[r], firstFields[r + 1] - firstFields[r],
                over[r]);
    }
}
