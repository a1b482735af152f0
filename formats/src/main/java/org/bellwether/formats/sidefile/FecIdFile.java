package org.bellwether.formats.sidefile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bellwether.formats.InputException;

/**
 * Loads the explicit table that ties a contest's choices to FEC candidate ids, header {@code choice,fec_id}
 * ({@code note} optional):
 * <pre>
 * choice,fec_id,note
 * JON OSSOFF,H8GA06195,OSSOFF T. JONATHAN in weball18.txt
 * </pre>
 * Choice names match case-insensitively; an id has the FEC's shape (H, S or P, a digit, two letters, five
 * digits, e.g. {@code H8GA06195}).
 */
public final class FecIdFile {

    static final Columns COLUMNS = new Columns(List.of("choice", "fec_id"), List.of("note"));
    private static final Pattern FEC_ID = Pattern.compile("[HSP][0-9][A-Z]{2}[0-9A-Z]{5}");

    private FecIdFile() {
    }

    /** Upper-cased choice name to FEC id, in file order. */
    public static Map<String, String> load(Path file) {
        String name = file.toString();
        Map<String, String> ids = new LinkedHashMap<>();
        for (SideCsv.Row row : SideCsv.read(file, COLUMNS)) {
            String choice = row.get("choice");
            String id = row.get("fec_id");
            if (choice.isEmpty() || !FEC_ID.matcher(id).matches()) {
                throw row.error(name, "choice " + InputException.echo(choice) + " and FEC id "
                        + InputException.echo(id) + ": the choice must not be empty and the id must look like"
                        + " H8GA06195");
            }
            if (ids.putIfAbsent(choice.toUpperCase(Locale.ROOT), id) != null) {
                throw row.error(name, "choice " + InputException.echo(choice) + " is listed twice");
            }
        }
        return ids;
    }
}
