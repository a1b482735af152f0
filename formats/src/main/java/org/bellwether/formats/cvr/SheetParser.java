package org.bellwether.formats.cvr;

import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bellwether.formats.InputException;

/** Reads one worksheet part's {@code row} and {@code c} elements into {@link XlsxSheet.Row}s. */
final class SheetParser {

    private final String where;
    private final XMLStreamReader xml;
    private final List<String> shared;
    private final XlsxSheet.RowHandler handler;
    private int[] columns = new int[64];
    private String[] texts = new String[64];
    private int size;
    private long rowIndex = -1;
    private long rows;
    private final StringBuilder text = new StringBuilder();

    SheetParser(String where, XMLStreamReader xml, List<String> shared, XlsxSheet.RowHandler handler) {
        this.where = where;
        this.xml = xml;
        this.shared = shared;
        this.handler = handler;
    }

    void parse() throws XMLStreamException {
        int depth = 0;
        int column = -1;
        String type = null;
        boolean inValue = false;
        boolean hasValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw fail("has a DOCTYPE, which is refused");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > CvrLimits.MAX_XML_DEPTH) {
                        throw fail("nests deeper than " + CvrLimits.MAX_XML_DEPTH
                                + " elements (CvrLimits.MAX_XML_DEPTH)");
                    }
                    switch (xml.getLocalName()) {
                        case "row" -> startRow();
                        case "c" -> {
                            column = cellColumn();
                            type = xml.getAttributeValue(null, "t");
                            text.setLength(0);
                            hasValue = false;
                        }
                        case "v", "t" -> {
                            inValue = column >= 0;
                            hasValue |= inValue;
                        }
                        case "rPh" -> {
                            skip();
                            depth--;
                        }
                        default -> {
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    switch (xml.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "c" -> {
                            if (hasValue) {
                                cell(column, value(type));
                            }
                            column = -1;
                        }
                        case "row" -> endRow();
                        default -> {
                        }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inValue) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        if (text.length() > CvrLimits.MAX_CELL_CHARS) {
                            throw fail("a cell is longer than " + CvrLimits.MAX_CELL_CHARS
                                    + " characters (CvrLimits.MAX_CELL_CHARS)");
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private void skip() throws XMLStreamException {
        int level = 1;
        while (level > 0 && xml.hasNext()) {
            int event = xml.next();
            level += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private void startRow() {
        String r = xml.getAttributeValue(null, "r");
        long index = r == null ? rowIndex + 1 : parseRow(r) - 1;
        if (index <= rowIndex) {
            throw fail("row " + (index + 1) + " comes after row " + (rowIndex + 1) + ": rows must be in order");
        }
        if (++rows > CvrLimits.MAX_ROWS) {
            throw fail("has more than " + CvrLimits.MAX_ROWS + " rows (CvrLimits.MAX_ROWS)");
        }
        rowIndex = index;
        size = 0;
    }

    private long parseRow(String r) {
        long n = 0;
        if (r.isEmpty() || r.length() > 10) {
            throw fail("row number " + InputException.echo(r) + " is not a row number");
        }
        for (int i = 0; i < r.length(); i++) {
            char ch = r.charAt(i);
            if (ch < '0' || ch > '9') {
                throw fail("row number " + InputException.echo(r) + " is not a row number");
            }
            n = n * 10 + (ch - '0');
        }
        if (n < 1) {
            throw fail("row number " + InputException.echo(r) + " is not a row number");
        }
        return n;
    }

    private int cellColumn() {
        String r = xml.getAttributeValue(null, "r");
        if (r == null) {
            return size == 0 ? 0 : columns[size - 1] + 1;
        }
        int col = 0;
        int i = 0;
        while (i < r.length() && r.charAt(i) >= 'A' && r.charAt(i) <= 'Z') {
            col = col * 26 + (r.charAt(i) - 'A' + 1);
            if (col > CvrLimits.MAX_COLUMNS) {
                throw fail("cell " + InputException.echo(r) + " is beyond column " + CvrLimits.MAX_COLUMNS
                        + " (CvrLimits.MAX_COLUMNS)");
            }
            i++;
        }
        if (i == 0 || i == r.length()) {
            throw fail("cell reference " + InputException.echo(r) + " is not a cell reference");
        }
        for (int k = i; k < r.length(); k++) {
            if (r.charAt(k) < '0' || r.charAt(k) > '9') {
                throw fail("cell reference " + InputException.echo(r) + " is not a cell reference");
            }
        }
        return col - 1;
    }

    private String value(String type) {
        if ("s".equals(type)) {
            int index = sharedIndex();
            if (index < 0 || index >= shared.size()) {
                throw fail("shared string " + index + " does not exist (the workbook has " + shared.size() + ")");
            }
            return shared.get(index);
        }
        String raw = text.toString();
        if ("b".equals(type)) {
            return "1".equals(raw) ? "TRUE" : "FALSE";
        }
        return raw;
    }

    /** The shared-string index in the cell's value, read from its chars (no String per cell). */
    private int sharedIndex() {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end || end - start > 9) {
            throw fail("shared string index " + InputException.echo(text.toString()) + " is not a number");
        }
        int index = 0;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                throw fail("shared string index " + InputException.echo(text.toString()) + " is not a number");
            }
            index = index * 10 + (ch - '0');
        }
        return index;
    }

    private void cell(int column, String value) {
        if (size > 0 && column <= columns[size - 1]) {
            throw fail("cell in column " + (column + 1) + " comes after column " + (columns[size - 1] + 1)
                    + ": cells must be in order");
        }
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
        }
        columns[size] = column;
        texts[size] = value;
        size++;
    }

    private void endRow() {
        handler.row(new XlsxSheet.Row(rowIndex, columns, texts, size));
    }

    private InputException fail(String problem) {
        int line = xml.getLocation().getLineNumber();
        String at = rowIndex >= 0 ? "row " + (rowIndex + 1) : "line " + line;
        int colon = where.indexOf(": ");
        return new InputException(where.substring(0, colon), where.substring(colon + 2) + " " + at, problem);
    }
}
