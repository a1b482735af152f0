package org.bellwether.formats.cvr;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.formats.InputException;

/**
 * The ballot rows of an ES&amp;S sheet (xlsx, or the same layout as CSV) as discovery read them, so that a count of
 * the same file need not read it again: each distinct row once, in order of first appearance, as its cells from the
 * first rank column on (the precinct column left out), each cell's text an index into the distinct texts, with how
 * many rows repeat it and where it first occurs. A count that reads the rows as they are kept ({@link
 * #replay}) hands each distinct row to {@link RankColumns} once, with its count and its first row's place: the
 * ballots, their groups' order of first appearance and the first failing row (with its row or line) are those of a
 * read of the file row by row, since a row's meaning depends on its cells alone.
 *
 * <p>The rows are kept only for what such a count uses: not each ballot's id or precinct, so a count that keeps
 * identities or slices reads the file, as does a count of a file whose rows are more unlike than {@link
 * #MAX_CELLS} allows, or of a CSV file that its count's reading would refuse where discovery's did not (more
 * fields or longer fields than {@link CvrLimits} allows, more rows). Immutable once made.
 */
public final class RankRows {

    /**
     * The cells of distinct rows kept at most (each two ints, its column and its text: 32 MiB), beyond which the
     * rows are not kept and the count reads the file.
     */
    static final int MAX_CELLS = 1 << 22;

    private static final RankRows NONE = new RankRows(null, false, -1, -1, new String[0], new int[0], new int[1],
            new long[0], new long[0], new long[0]);

    private final Path path;
    private final boolean csv;
    private final int firstRank;
    private final int precinct;
    private final String[] texts;
    private final int[] cells;
    private final int[] starts;
    private final long[] counts;
    private final long[] rows;
    private final long[] lines;

    private RankRows(Path path, boolean csv, int firstRank, int precinct, String[] texts, int[] cells, int[] starts,
            long[] counts, long[] rows, long[] lines) {
        this.path = path;
        this.csv = csv;
        this.firstRank = firstRank;
        this.precinct = precinct;
        this.texts = texts;
        this.cells = cells;
        this.starts = starts;
        this.counts = counts;
        this.rows = rows;
        this.lines = lines;
    }

    /** No rows kept: the file is read by its count. */
    public static RankRows none() {
        return NONE;
    }

    /** Whether rows are kept. */
    public boolean kept() {
        return path != null;
    }

    /**
     * Whether a count of {@code source} into {@code ballots} can take these rows instead of reading the file: the
     * same file and layout as discovery found (first rank column, precinct column, ballots from the second row),
     * and a count that keeps neither identities nor slices.
     */
    boolean serve(CvrSource source, org.bellwether.core.ranked.RankedBallots.Builder ballots) {
        return kept() && source.provider().equals("ess") && !ballots.keepsIdentities() && !ballots.keepsSlices()
                && source.path().toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())
                && source.firstVoteColumn() - 1 == firstRank && source.firstVoteRow() == 2
                && source.precinctColumn().orElse(0) - 1 == precinct;
    }

    /** Hands each distinct row to {@code columns} once, with its count, as a read of the file would hand its rows. */
    void replay(RankColumns columns) {
        String file = path.getFileName().toString();
        int widest = 0;
        for (int r = 0; r < counts.length; r++) {
            widest = Math.max(widest, (starts[r + 1] - starts[r]) / 2);
        }
        int[] columnsOf = new int[widest];
        String[] textsOf = new String[widest];
        StringCells cellsOf = new StringCells(csv);
        for (int r = 0; r < counts.length; r++) {
            int size = (starts[r + 1] - starts[r]) / 2;
            for (int i = 0; i < size; i++) {
                columnsOf[i] = cells[starts[r] + 2 * i];
                textsOf[i] = texts[cells[starts[r] + 2 * i + 1]];
            }
            try {
                columns.row(rows[r], cellsOf.set(columnsOf, textsOf, size), counts[r]);
            } catch (InputException e) {
                // the CSV count's reading says where by the row's line
                throw csv ? new InputException(file, "line " + lines[r], e.problem(), e) : e;
            }
        }
    }

    /**
     * Keeps the rows of one sheet as they are read. For CSV each text is kept trimmed (as the CSV count matches
     * cells), for xlsx as written (as the xlsx count matches them).
     */
    static final class Recorder {
        private final Path path;
        private final boolean csv;
        private final int firstRank;
        private final int precinct;
        private final Map<String, Integer> textIds = new HashMap<>();
        private String[] texts = new String[64];
        private int[] row = new int[64];
        private int[] cells = new int[1024];
        private int used;
        private int[] starts = new int[257];
        private long[] counts = new long[256];
        private long[] rows = new long[256];
        private long[] lines = new long[256];
        private int[] hashes = new int[256];
        private int distinct;
        private int[] table = new int[512]; // distinct row + 1, 0 empty
        private boolean abandoned;

        /** {@code firstRank} and {@code precinct}: zero-based columns, the precinct's -1 when there is none. */
        Recorder(Path path, boolean csv, int firstRank, int precinct) {
            this.path = path;
            this.csv = csv;
            this.firstRank = firstRank;
            this.precinct = precinct;
        }

        /** Whether the count's CSV reading accepts this record (the header too), as RankCells would check it. */
        void checkCsv(List<String> fields, long index) {
            if (abandoned) {
                return;
            }
            if (fields.size() > CvrLimits.MAX_COLUMNS || index >= CvrLimits.MAX_ROWS) {
                abandon();
                return;
            }
            for (String f : fields) {
                if (f.length() > CvrLimits.MAX_CELL_CHARS) {
                    abandon();
                    return;
                }
            }
        }

        /** One ballot row: its cells' columns and texts, in column order; {@code line} its CSV line. */
        void row(long index, long line, int[] columns, String[] cellTexts, int size) {
            if (abandoned) {
                return;
            }
            int n = 0;
            for (int i = 0; i < size; i++) {
                int c = columns[i];
                if (c < firstRank || c == precinct) {
                    continue;
                }
                if (n + 2 > row.length) {
                    row = Arrays.copyOf(row, row.length * 2);
                }
                row[n++] = c;
                row[n++] = textId(csv ? cellTexts[i].trim() : cellTexts[i]);
            }
            add(index, line, n);
        }

        RankRows done() {
            if (abandoned) {
                return NONE;
            }
            return new RankRows(path, csv, firstRank, precinct, Arrays.copyOf(texts, textIds.size()),
                    Arrays.copyOf(cells, used), Arrays.copyOf(starts, distinct + 1), Arrays.copyOf(counts, distinct),
                    Arrays.copyOf(rows, distinct), Arrays.copyOf(lines, distinct));
        }

        private int textId(String text) {
            Integer id = textIds.get(text);
            if (id == null) {
                id = textIds.size();
                if (id == texts.length) {
                    texts = Arrays.copyOf(texts, id * 2);
                }
                texts[id] = text;
                textIds.put(text, id);
            }
            return id;
        }

        private void add(long index, long line, int n) {
            int h = n;
            for (int i = 0; i < n; i++) {
                h = (h ^ row[i]) * 0x01000193;
            }
            h ^= h >>> 15;
            int mask = table.length - 1;
            for (int slot = (h * 0x9E3779B9 >>> 7) & mask; ; slot = (slot + 1) & mask) {
                int r = table[slot] - 1;
                if (r < 0) {
                    newRow(slot, h, index, line, n);
                    return;
                }
                if (hashes[r] == h && same(r, n)) {
                    counts[r]++;
                    return;
                }
            }
        }

        private boolean same(int r, int n) {
            int s = starts[r];
            if (starts[r + 1] - s != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (cells[s + i] != row[i]) {
                    return false;
                }
            }
            return true;
        }

        private void newRow(int slot, int h, long index, long line, int n) {
            if ((long) used + n > 2L * MAX_CELLS) {
                abandon();
                return;
            }
            if (distinct + 1 >= counts.length) {
                int size = counts.length * 2;
                counts = Arrays.copyOf(counts, size);
                rows = Arrays.copyOf(rows, size);
                lines = Arrays.copyOf(lines, size);
                hashes = Arrays.copyOf(hashes, size);
                starts = Arrays.copyOf(starts, size + 1);
            }
            if (used + n > cells.length) {
                cells = Arrays.copyOf(cells, Math.max(used + n, cells.length * 2));
            }
            System.arraycopy(row, 0, cells, used, n);
            used += n;
            int r = distinct++;
            counts[r] = 1;
            rows[r] = index;
            lines[r] = line;
            hashes[r] = h;
            starts[r + 1] = used;
            table[slot] = r + 1;
            if (distinct * 2 > table.length) {
                grow();
            }
        }

        private void grow() {
            int[] bigger = new int[table.length * 2];
            int mask = bigger.length - 1;
            for (int r = 0; r < distinct; r++) {
                int slot = (hashes[r] * 0x9E3779B9 >>> 7) & mask;
                while (bigger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[slot] = r + 1;
            }
            table = bigger;
        }

        private void abandon() {
            abandoned = true;
            textIds.clear();
            texts = null;
            cells = null;
            table = null;
        }
    }
}
