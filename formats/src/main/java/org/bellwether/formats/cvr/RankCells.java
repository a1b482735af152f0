package org.bellwether.formats.cvr;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * A CSV ballot row as FastCSV hands it over: its fields as ranges of one reused char buffer, so that a rank cell
 * is matched to a candidate without making a String. Once {@link #matching} is set, a rank cell is matched as
 * FastCSV hands it over, from FastCSV's own buffer, and only the cells whose text is wanted (an unknown name for
 * its message, the columns named) are copied: a count reads millions of rows whose other cells it never uses.
 * FastCSV reuses one instance for every record; read a record before the next. At most {@link
 * CvrLimits#MAX_COLUMNS} fields and {@link CvrLimits#MAX_CELL_CHARS} characters a field.
 */
final class RankCells extends CsvCallbackHandler<RankCells> implements Cells {

    private char[] chars = new char[1024];
    private int used;
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int[] codes = new int[32];
    private int count;
    private Names names;
    private int firstRank;
    private int endRank;
    private boolean[] textWanted = new boolean[0];
    private long line;
    private RecordType type = RecordType.DATA;
    private boolean sawQuoted;

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
    }

    @Override
    protected int getFieldCount() {
        return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        line = startingLineNumber;
        type = RecordType.DATA;
        count = 0;
        used = 0;
    }

    /**
     * Matches the cells of columns {@code first} (inclusive) to {@code end} (exclusive, zero-based) with {@code
     * rankNames} as they are read, and keeps the text only of those that match nothing and of the columns {@code
     * wanted} (zero-based; a negative one is none).
     */
    void matching(Names rankNames, int first, int end, int... wanted) {
        this.names = rankNames;
        this.firstRank = first;
        this.endRank = end;
        int max = -1;
        for (int w : wanted) {
            max = Math.max(max, w);
        }
        textWanted = new boolean[max + 1];
        for (int w : wanted) {
            if (w >= 0) {
                textWanted[w] = true;
            }
        }
    }

    long line() {
        return line;
    }

    /** Whether any field read so far was quoted (a file cut in two must not be cut inside one). */
    boolean sawQuoted() {
        return sawQuoted;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        if (len > CvrLimits.MAX_CELL_CHARS) {
            throw new CsvParseException("a field is longer than " + CvrLimits.MAX_CELL_CHARS
                    + " characters (CvrLimits.MAX_CELL_CHARS)");
        }
        if (count == CvrLimits.MAX_COLUMNS) {
            throw new CsvParseException("more than " + CvrLimits.MAX_COLUMNS + " fields (CvrLimits.MAX_COLUMNS)");
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            codes = Arrays.copyOf(codes, count * 2);
        }
        sawQuoted |= quoted;
        int start = offset;
        int end = offset + len;
        while (start < end && buf[start] <= ' ') {
            start++;
        }
        while (end > start && buf[end - 1] <= ' ') {
            end--;
        }
        int i = count++;
        lengths[i] = end - start;
        starts[i] = -1;
        if (names != null && i >= firstRank && i < endRank) {
            int code = end == start ? Names.UNKNOWN : names.lookup(buf, start, end - start);
            codes[i] = code;
            if (code != Names.UNKNOWN) {
                return;
            }
        } else {
            codes[i] = Names.UNKNOWN;
            if (names != null && (i >= textWanted.length || !textWanted[i])) {
                return;
            }
        }
        if (used + (end - start) > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(used + (end - start), chars.length * 2));
        }
        System.arraycopy(buf, start, chars, used, end - start);
        starts[i] = used;
        used += end - start;
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        // comments are not part of the CSV dialect read here
    }

    @Override
    protected RankCells buildRecord() {
        return this;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public int column(int i) {
        return i;
    }

    @Override
    public String text(int i) {
        if (starts[i] < 0) {
            throw new IllegalStateException("the text of column " + (i + 1) + " was not kept (RankCells.matching)");
        }
        return new String(chars, starts[i], lengths[i]);
    }

    @Override
    public boolean blank(int i) {
        return lengths[i] == 0;
    }

    @Override
    public int lookup(int i, Names rankNames) {
        if (starts[i] < 0) {
            return codes[i];
        }
        return rankNames.lookup(chars, starts[i], lengths[i]);
    }

    @Override
    public boolean contains(int i, String delimiter) {
        return text(i).contains(delimiter);
    }
}
