package org.bellwether.formats.cvr;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * A CSV ballot row as FastCSV hands it over: its fields as ranges of one reused char buffer, so that a rank cell
 * is matched to a candidate without making a String. FastCSV reuses one instance for every record; read a record
 * before the next. At most {@link CvrLimits#MAX_COLUMNS} fields and {@link CvrLimits#MAX_CELL_CHARS} characters a
 * field.
 */
final class RankCells extends CsvCallbackHandler<RankCells> implements Cells {

    private char[] chars = new char[1024];
    private int used;
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int count;
    private long line;
    private RecordType type = RecordType.DATA;

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

    long line() {
        return line;
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
        }
        if (used + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(used + len, chars.length * 2));
        }
        System.arraycopy(buf, offset, chars, used, len);
        int start = used;
        int end = used + len;
        while (start < end && chars[start] <= ' ') {
            start++;
        }
        while (end > start && chars[end - 1] <= ' ') {
            end--;
        }
        starts[count] = start;
        lengths[count] = end - start;
        count++;
        used += len;
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
        return new String(chars, starts[i], lengths[i]);
    }

    @Override
    public boolean blank(int i) {
        return lengths[i] == 0;
    }

    @Override
    public int lookup(int i, Names names) {
        return names.lookup(chars, starts[i], lengths[i]);
    }

    @Override
    public boolean contains(int i, String delimiter) {
        return text(i).contains(delimiter);
    }
}
