package org.bellwether.render;

import java.util.List;
import java.util.Objects;

/**
 * One table of an analysis report: a title, named columns, rows of cells and the notes that say how its figures
 * were made.
 *
 * @param id      a stable machine name, e.g. {@code swing-district}, the CSV's first column
 * @param title   what a reader sees
 * @param columns column names, in order
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
}
