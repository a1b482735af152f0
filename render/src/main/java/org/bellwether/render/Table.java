package org.bellwether.render;

import java.util.List;
import java.util.Objects;

/**
 * One table of an analysis report: a title, named columns, rows of cells and the notes that say how its figures
 * were made.
 *
 * @param id      a stable machine name, e.g. {@code swing-district}, the CSV's first column
 * @param title   what a reader sees
 * @param columns column names as a reader sees them, in order; programs get {@link #keys()}
 * @param rows    rows of as many cells as columns
 * @param notes   method and caveats, in sentences
 */
public record Table(String id, String title, List<String> columns, List<List<Cell>> rows, List<String> notes) {

    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** The columns' machine keys, in order: what JSON rows and the CSV's {@code column} use. */
    public List<String> keys() {
        return columns.stream().map(Table::key).toList();
    }

    /**
     * A column's machine key from its label: lower case words joined by {@code _}, with {@code %} as {@code pct}
     * and the blocs' letters written out ({@code R %} is {@code rep_pct}), so keys stay stable while labels are
     * for people.
     */
    public static String key(String label) {
        String spaced = label.toLowerCase(java.util.Locale.ROOT).replace("s.e.", "se").replace("%", " pct ")
                .replace(" - ", " minus ").replace("+", " plus ").replace("-", " ").replace("/", " per ");
        StringBuilder key = new StringBuilder();
        for (String word : spaced.split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = switch (word) {
                case "r" -> "rep";
                case "d" -> "dem";
                default -> word;
            };
            key.append(key.isEmpty() ? "" : "_").append(w);
        }
        return key.toString();
    }
}
