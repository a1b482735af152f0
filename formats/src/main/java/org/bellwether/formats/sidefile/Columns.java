package org.bellwether.formats.sidefile;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.formats.InputException;

/**
 * The columns a side file may have: the required ones must all be in its header, the optional ones may be, and
 * nothing else may, since a misspelt column would otherwise be silently ignored.
 */
record Columns(List<String> required, List<String> optional) {

    Columns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    /** The header's column names, stripped, after checking them against this set. */
    List<String> check(String file, List<String> header) {
        List<String> names = new ArrayList<>();
        for (String field : header) {
            String column = field.strip();
            if (!required.contains(column) && !optional.contains(column)) {
                throw error(file, "unknown column " + InputException.echo(column));
            }
            if (names.contains(column)) {
                throw error(file, "column " + InputException.echo(column) + " appears twice");
            }
            names.add(column);
        }
        for (String column : required) {
            if (!names.contains(column)) {
                throw error(file, "no column " + InputException.echo(column));
            }
        }
        return names;
    }

    private InputException error(String file, String problem) {
        return new InputException(file, "line 1", problem + " (the columns are " + this + ")");
    }

    /** E.g. {@code choice, party, write_in (optional), note (optional)}. */
    @Override
    public String toString() {
        List<String> all = new ArrayList<>(required);
        optional.forEach(column -> all.add(column + " (optional)"));
        return String.join(", ", all);
    }
}
