package org.bellwether.analysis.crosswalk;

import java.util.Objects;

/**
 * A pair a person reviewed and wrote down, e.g. a precinct renamed between two elections that no spelling rule
 * could match ({@code PLEASANTDALE ELEM} became {@code PLEASANTDALE ROAD}).
 *
 * @param county the county, as either side spells it
 * @param from   the name in the first election, exactly
 * @param to     the name in the second election, exactly
 */
public record DeclaredMatch(String county, String from, String to) {

    public DeclaredMatch {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
