package org.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Reads a large versioned table as of a version, and writes what a new version changes in it. */
final class KeyedState {

    private static final int FETCH_SIZE = 10_000;

    private KeyedState() {
    }

    /** Receives, per key, its stored row as of two versions; a gone or absent row has position NONE. */
    @FunctionalInterface
    interface PairVisitor {
        void visit(long key, int positionA, long valueA, int positionB, long valueB);
    }

    /** The live rows as of {@code version}: per key, the row with the highest version up to that one. */
    static KeyedRows read(Connection c, KeyedTable table, int election, long version) throws SQLException {
        KeyedRows rows = new KeyedRows();
        scan(c, table, election, version, version, (key, p, v, pb, vb) -> {
            if (p != Positions.NONE) {
                rows.add(key, p, v);
            }
        });
        return rows;
    }

    /**
     * One pass over the rows up to version {@code b} (b >= a), telling per key its state as of {@code a} and as of
     * {@code b}: the rows come in key order and, within a key, in version order, so the last row at or below each
     * version is its state then.
     */
    static void scan(Connection c, KeyedTable table, int election, long a, long b, PairVisitor visitor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(table.select())) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setInt(1, election);
            ps.setLong(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                new Scan(table, a, visitor).run(rs);
            }
        }
    }

    /**
     * Writes the rows of a new version that differ from {@code previous}: new keys, changed values or positions,
     * and a NULL row for each key that is gone. Returns nothing; the batch counts what it wrote.
     */
    static void write(KeyedRows previous, KeyedRows next, Batch out, KeyedTable table, int election, long version)
            throws SQLException {
        LongIndex index = previous.index();
        boolean[] seen = new boolean[previous.size()];
        int[] before = new int[next.size()];
        int[] rowBefore = new int[next.size()];
        for (int i = 0; i < next.size(); i++) {
            int old = index.get(next.key(i));
            rowBefore[i] = old;
            before[i] = old < 0 ? Positions.NONE : previous.position(old);
            if (old >= 0) {
                seen[old] = true;
            }
        }
        int[] positions = Positions.assign(before);
        for (int i = 0; i < next.size(); i++) {
            int old = rowBefore[i];
            if (old < 0 || positions[i] != before[i] || previous.value(old) != next.value(i)) {
                row(out, table, election, version, next.key(i), positions[i], next.value(i));
            }
        }
        for (int old = 0; old < previous.size(); old++) {
            if (!seen[old]) {
                row(out, table, election, version, previous.key(old), Positions.NONE, 0);
            }
        }
    }

    private static void row(Batch out, KeyedTable table, int election, long version, long key, int position,
            long value) throws SQLException {
        PreparedStatement ps = out.row();
        ps.setInt(1, election);
        table.bind(ps, key);
        ps.setLong(6, version);
        if (position == Positions.NONE) {
            ps.setNull(7, Types.INTEGER);
            ps.setNull(8, Types.BIGINT);
        } else {
            ps.setInt(7, position);
            ps.setLong(8, value);
        }
        out.add();
    }

    /** Folds the ordered rows into one state per key as of two versions. */
    private static final class Scan {
        private final KeyedTable table;
        private final long a;
        private final PairVisitor visitor;
        private boolean any;
        private long key;
        private int positionA = Positions.NONE;
        private long valueA;
        private int positionB = Positions.NONE;
        private long valueB;

        Scan(KeyedTable table, long a, PairVisitor visitor) {
            this.table = table;
            this.a = a;
            this.visitor = visitor;
        }

        void run(ResultSet rs) throws SQLException {
            while (rs.next()) {
                long k = table.key(rs);
                if (any && k != key) {
                    flush();
                }
                any = true;
                key = k;
                int position = rs.getInt(6);
                int p = rs.wasNull() ? Positions.NONE : position;
                long value = rs.getLong(7);
                positionB = p;
                valueB = value;
                if (rs.getLong(5) <= a) {
                    positionA = p;
                    valueA = value;
                }
            }
            if (any) {
                flush();
            }
        }

        private void flush() {
            visitor.visit(key, positionA, valueA, positionB, valueB);
            positionA = Positions.NONE;
            positionB = Positions.NONE;
        }
    }
}
