package org.bellwether.formats.openelections;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.InputException;

/**
 * The notes one file's read adds to the election: what was checked, merged, converted or ignored. They are kept
 * until the file has been read whole, so that a file that fails leaves no notes behind.
 */
final class FileNotes {

    /** Cells in exponent notation are each reported up to this many, then counted. */
    static final int MAX_EXPONENT_NOTES = 10;

    private final String fileName;
    private final List<String> notes = new ArrayList<>();
    private int exponents;

    FileNotes(String fileName) {
        this.fileName = fileName;
    }

    /** Adds a note about this file: {@code openelections-csv: cobb.csv: <text>}. */
    void add(String text) {
        notes.add(OpenElectionsCsvReader.NAME + ": " + fileName + ": " + text);
    }

    /** Adds a note written whole by the caller. */
    void addRaw(String text) {
        notes.add(text);
    }

    void exponent(long line, String what, String text, long value) {
        exponents++;
        if (exponents <= MAX_EXPONENT_NOTES) {
            add("line " + line + ": " + what + " " + InputException.echo(text) + " read as " + value
                    + " (exponent notation)");
        }
    }

    String fileName() {
        return fileName;
    }

    void writeTo(ElectionBuilder builder) {
        if (exponents > MAX_EXPONENT_NOTES) {
            add((exponents - MAX_EXPONENT_NOTES) + " more cells in exponent notation read as whole numbers");
        }
        notes.forEach(builder::note);
    }
}
