package org.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * An INSERT sent in batches, counting the rows it wrote for the import's progress and its change count. A batch
 * goes to the database inside the import's transaction, so nothing is visible before the commit.
 */
final class Batch implements AutoCloseable {

    private static final int SIZE = 5_000;

    private final PreparedStatement statement;
    private final Counter counter;
    private int pending;

    Batch(Connection c, String sql, Counter counter) throws SQLException {
        this.statement = c.prepareStatement(sql);
        this.counter = counter;
    }

    PreparedStatement row() {
        return statement;
    }

    void add() throws SQLException {
        statement.addBatch();
        if (++pending == SIZE) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            counter.add(pending);
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }

    /** Rows written by every batch of one import, reported as they go. */
    static final class Counter {
        private final ImportProgress progress;
        private long rows;

        Counter(ImportProgress progress) {
            this.progress = progress;
        }

        void add(int n) {
            rows += n;
            progress.written(rows);
        }

        long rows() {
            return rows;
        }
    }
}
