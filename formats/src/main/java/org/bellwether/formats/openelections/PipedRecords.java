package org.bellwether.formats.openelections;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A large file's records parsed on a thread of their own, a batch at a time, while this thread reads the rows:
 * decoding and parsing are most of a read, so the two run on two cores. Each record is handed to the reader's own
 * {@link CsvFields} exactly as FastCSV would have handed it (its starting line, each field, an empty line as
 * such), in order, so the rows, their line numbers, the records they repeat and the errors are those of a parse
 * on this thread: a parse that fails ends with the records before the failure, then the failure itself.
 */
final class PipedRecords implements Iterator<CsvFields>, AutoCloseable {

    /** Batches parsed ahead of the rows: enough to ride out a pause on either side, little memory. */
    private static final int AHEAD = 8;

    private final CsvFields fields = new CsvFields();
    private final BlockingQueue<RecordBatch> batches = new ArrayBlockingQueue<>(AHEAD);
    /** Batches read, for the parser to fill again: a large file's records would otherwise be mostly garbage. */
    private final BlockingQueue<RecordBatch> free = new ArrayBlockingQueue<>(AHEAD + 2);
    private final Thread parser;
    private RecordBatch batch;
    /** The batch before, whose last record the fields still read as the record before: not yet free. */
    private RecordBatch retired;
    private int next;
    private boolean ready;

    PipedRecords(CsvReader.CsvReaderBuilder options, Reader in) {
        RecordRecorder recorder = new RecordRecorder(free);
        CsvReader<RecordBatch> csv = options.build(recorder, in);
        parser = Thread.ofPlatform().daemon().name("csv-parse").start(() -> parse(csv, recorder));
    }

    private void parse(CsvReader<RecordBatch> csv, RecordRecorder recorder) {
        Throwable failure = null;
        try {
            for (Iterator<RecordBatch> records = csv.iterator(); records.hasNext(); records.next()) {
                if (recorder.current().full()) {
                    batches.put(recorder.take());
                }
            }
        } catch (InterruptedException e) {
            return; // the rows stopped early: nobody waits for the rest
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            batches.put(recorder.take());
            batches.put(RecordBatch.end(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (!ready) {
            if (batch != null && batch.last()) {
                return end();
            }
            if (batch == null || next == batch.records()) {
                if (batch != null) {
                    retire(batch);
                }
                batch = take();
                next = 0;
                continue;
            }
            batch.replay(next++, fields);
            // FastCSV skips an empty line (skipEmptyLines, its default) after building it; so does this.
            ready = fields.getRecordType() != RecordType.EMPTY;
        }
        return true;
    }

    /** A batch read to its end is kept while its last record is the record before; the one before it is free. */
    private void retire(RecordBatch done) {
        if (done.records() == 0) {
            free.offer(done);
            return;
        }
        if (retired != null) {
            free.offer(retired);
        }
        retired = done;
    }

    private boolean end() {
        Throwable failure = batch.failure();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return false;
    }

    @Override
    public CsvFields next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ready = false;
        return fields;
    }

    private RecordBatch take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    /** Stops the parse when the rows stop before the end (an error, or a look back that needs only a part). */
    @Override
    public void close() {
        parser.interrupt();
    }
}
