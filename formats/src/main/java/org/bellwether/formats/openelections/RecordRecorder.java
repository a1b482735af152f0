package org.bellwether.formats.openelections;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Queue;

/** FastCSV's handler for a parse on a thread of its own: it only records each record into the current batch. */
final class RecordRecorder extends CsvCallbackHandler<RecordBatch> {

    private final Queue<RecordBatch> free;
    private RecordBatch batch = new RecordBatch();
    /** The record's type and field count, which FastCSV asks for after the record is built. */
    private RecordType type = RecordType.DATA;
    private int fieldCount;

    /** Records into batches the reader is done with, from {@code free}, when there are any. */
    RecordRecorder(Queue<RecordBatch> free) {
        this.free = free;
    }

    /** The batch filled so far; another takes the records that follow. */
    RecordBatch take() {
        RecordBatch taken = batch;
        RecordBatch done = free.poll();
        batch = done == null ? new RecordBatch() : done.reset();
        return taken;
    }

    RecordBatch current() {
        return batch;
    }

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return fieldCount;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        batch.begin(startingLineNumber);
        type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        batch.add(buf, offset, len);
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        throw new IllegalStateException("comments are not enabled");
    }

    @Override
    protected void setEmpty() {
        batch.setEmpty();
        type = RecordType.EMPTY;
    }

    @Override
    protected RecordBatch buildRecord() {
        fieldCount = type == RecordType.EMPTY ? 1 : batch.currentFields();
        batch.commit();
        return batch;
    }
}
