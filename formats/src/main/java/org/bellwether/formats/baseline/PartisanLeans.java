package org.bellwether.formats.baseline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A partisan-lean table as read: the column it came from (FiveThirtyEight names it by vintage, e.g.
 * {@code 2018}) and each district's lean in Republican-minus-Democratic points ({@code R+14.5} is 14.5,
 * {@code D+41.69} is −41.69, {@code EVEN} is 0).
 *
 * @param column the lean column's header
 * @param rows   districts in file order
 */
public record PartisanLeans(String column, List<Row> rows) {

    public PartisanLeans {
        Objects.requireNonNull(column, "column");
        rows = List.copyOf(rows);
    }

    /** One district: its id as the file writes it ({@code GA-6}, {@code MT-1}) and its lean. */
    public record Row(String district, BigDecimal lean) {
        public Row {
            Objects.requireNonNull(district, "district");
            Objects.requireNonNull(lean, "lean");
        }
    }
}
