package org.bellwether.formats.report;

/**
 * A text cell made safe for a spreadsheet, as the OWASP guidance on CSV injection describes: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to Excel, LibreOffice and
 * Google Sheets ({@code =HYPERLINK(...)}, {@code @SUM(...)}, {@code -2+3+cmd|' /C calc'!A0}), so it gets a leading
 * apostrophe, which the spreadsheet shows as text and does not display. Only text from the input (names of
 * elections, contests, choices, parties, units, files) goes through here; numbers the writer formats itself, a
 * negative change among them, are written as they are.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String text(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
