package org.bellwether.formats.sidefile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.InputException;

/**
 * Loads declared spelling variants of choice names from a CSV with the header {@code variant,canonical}
 * (and an optional free-text {@code note}):
 * <pre>
 * variant,canonical,note
 * James Thompson,James A. Thompson,Kingman County precinct file
 * </pre>
 * Each variant maps straight to its final spelling: a canonical name that is itself a variant would make the
 * result depend on how many times the list is applied, so such chains are refused.
 */
public final class ChoiceAliasesFile {

    static final Columns COLUMNS = new Columns(List.of("variant", "canonical"), List.of("note"));

    private ChoiceAliasesFile() {
    }

    public static ChoiceAliases load(Path file) {
        String name = file.toString();
        List<SideCsv.Row> rows = SideCsv.read(file, COLUMNS);
        Map<String, String> canonicalByVariant = new HashMap<>();
        Map<String, Long> lineOfVariant = new HashMap<>();
        for (SideCsv.Row row : rows) {
            String variant = row.get("variant");
            String canonical = row.get("canonical");
            checkRow(name, row, variant, canonical);
            Long first = lineOfVariant.putIfAbsent(variant, row.line());
            if (first != null) {
                throw row.error(name, "variant " + InputException.echo(variant) + " is listed twice (first on line "
                        + first + ")");
            }
            canonicalByVariant.put(variant, canonical);
        }
        for (SideCsv.Row row : rows) {
            Long chained = lineOfVariant.get(row.get("canonical"));
            if (chained != null) {
                throw row.error(name, "canonical " + InputException.echo(row.get("canonical"))
                        + " is itself a variant (line " + chained + "): give its final spelling instead");
            }
        }
        return new ChoiceAliases(canonicalByVariant);
    }

    private static void checkRow(String file, SideCsv.Row row, String variant, String canonical) {
        if (variant.isEmpty()) {
            throw row.error(file, "empty variant");
        }
        if (canonical.isEmpty()) {
            throw row.error(file, "empty canonical name");
        }
        if (variant.equals(canonical)) {
            throw row.error(file, "variant " + InputException.echo(variant) + " is the same as its canonical name");
        }
    }
}
