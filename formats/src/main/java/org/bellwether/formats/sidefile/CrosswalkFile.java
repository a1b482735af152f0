package org.bellwether.formats.sidefile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bellwether.formats.InputException;

/**
 * Loads reviewed precinct pairs, header {@code county,from,to} ({@code note} optional): a precinct of the
 * special election ({@code from}) and the baseline precinct it is ({@code to}), both spelt exactly as their
 * files spell them. For renames no spelling rule can find, e.g. DeKalb's {@code PLEASANTDALE ROAD}, which was
 * {@code PLEASANTDALE ELEM} in 2016.
 */
public final class CrosswalkFile {

    static final Columns COLUMNS = new Columns(List.of("county", "from", "to"), List.of("note"));

    /** One reviewed pair and the line it is on. */
    public record Entry(String county, String from, String to, long line) {
        public Entry {
            Objects.requireNonNull(county, "county");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    private CrosswalkFile() {
    }

    public static List<Entry> load(Path file) {
        String name = file.toString();
        List<Entry> entries = new ArrayList<>();
        for (SideCsv.Row row : SideCsv.read(file, COLUMNS)) {
            if (row.get("county").isEmpty() || row.get("from").isEmpty() || row.get("to").isEmpty()) {
                throw row.error(name, "county, from and to must all be given, found "
                        + InputException.echo(row.get("county") + "," + row.get("from") + "," + row.get("to")));
            }
            entries.add(new Entry(row.get("county"), row.get("from"), row.get("to"), row.line()));
        }
        return entries;
    }
}
