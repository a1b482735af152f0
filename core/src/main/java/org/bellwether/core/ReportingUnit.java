package org.bellwether.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A place results are reported for: a state, a district, a county, a precinct. Units form a tree through
 * {@code parentId}; a district need not follow county lines, so a precinct's parent is its county and the
 * district is a separate unit that tallies may also refer to.
 *
 * @param id       unique within an election, stable across sources for the same place
 *                 (e.g. {@code Cobb/Addison 01})
 * @param name     the name as the source gives it
 * @param level    the level in the tree
 * @param parentId the enclosing unit, empty for a root
 */
public record ReportingUnit(String id, String name, UnitLevel level, Optional<String> parentId) {

    public ReportingUnit {
        Objects.requireNonNull(id, "unit id");
        Objects.requireNonNull(name, "unit name");
        Objects.requireNonNull(level, "unit level");
        Objects.requireNonNull(parentId, "unit parent (use Optional.empty())");
        if (id.isBlank()) {
            throw new IllegalArgumentException("unit id is blank");
        }
    }
}
