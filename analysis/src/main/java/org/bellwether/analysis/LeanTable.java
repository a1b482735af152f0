package org.bellwether.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every district's partisan lean from one published table, with which table and which vintage it is, so that a
 * report can say which lean it used.
 *
 * @param source  where the table was read from, with its SHA-256
 * @param vintage the table's own name for its figures, e.g. the column {@code 2018}
 * @param leans   the districts, in the table's order
 */
public record LeanTable(String source, String vintage, List<DistrictLean> leans) {

    public LeanTable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(vintage, "vintage");
        leans = List.copyOf(leans);
    }

    public Optional<DistrictLean> of(String district) {
        return leans.stream().filter(l -> l.district().equalsIgnoreCase(district)).findFirst();
    }
}
