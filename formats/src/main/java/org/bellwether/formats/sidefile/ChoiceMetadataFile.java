package org.bellwether.formats.sidefile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.ChoiceMetadata.ChoiceFacts;
import org.bellwether.formats.InputException;

/**
 * Loads the facts about choices that a results file leaves out, from a CSV with the header
 * {@code choice,party,write_in} ({@code write_in} and a free-text {@code note} optional):
 * <pre>
 * choice,party,write_in,note
 * JON OSSOFF,D,false,Democratic Party
 * </pre>
 * Choice names match case-insensitively, so a name may be listed once only in any case.
 */
public final class ChoiceMetadataFile {

    static final Columns COLUMNS = new Columns(List.of("choice", "party"), List.of("write_in", "note"));

    private ChoiceMetadataFile() {
    }

    public static ChoiceMetadata load(Path file) {
        String name = file.toString();
        Map<String, ChoiceFacts> byName = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (SideCsv.Row row : SideCsv.read(file, COLUMNS)) {
            String choice = row.get("choice");
            if (choice.isEmpty()) {
                throw row.error(name, "empty choice name");
            }
            // the key ChoiceMetadata looks names up by
            String key = choice.toUpperCase(Locale.ROOT);
            Long first = firstLine.putIfAbsent(key, row.line());
            if (first != null) {
                throw row.error(name, "choice " + InputException.echo(choice) + " is listed twice (first on line "
                        + first + ")");
            }
            byName.put(key, new ChoiceFacts(party(row), writeIn(name, row)));
        }
        return new ChoiceMetadata(byName);
    }

    private static Optional<String> party(SideCsv.Row row) {
        String party = row.get("party");
        return party.isEmpty() ? Optional.empty() : Optional.of(party);
    }

    private static boolean writeIn(String file, SideCsv.Row row) {
        return switch (row.get("write_in").toLowerCase(Locale.ROOT)) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw row.error(file, "write_in " + InputException.echo(row.get("write_in"))
                    + " is not true, false or empty");
        };
    }
}
