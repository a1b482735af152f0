package org.bellwether.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reporting units of an election as a tree of indices, for rolling tallies up to a level. */
public final class UnitTree {

    private final List<ReportingUnit> units;
    private final int[] parent;

    public UnitTree(List<ReportingUnit> units) {
        this.units = List.copyOf(units);
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < this.units.size(); i++) {
            byId.put(this.units.get(i).id(), i);
        }
        parent = new int[this.units.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = this.units.get(i).parentId().map(id -> byId.getOrDefault(id, -1)).orElse(-1);
        }
    }

    /** The enclosing unit's index, or -1 for a root. */
    public int parent(int unit) {
        return parent[unit];
    }

    /** The unit itself or its nearest ancestor at {@code level}, or -1 when the unit has none. */
    public int ancestorAt(int unit, UnitLevel level) {
        int hops = 0;
        for (int u = unit; u >= 0; u = parent[u]) {
            if (units.get(u).level() == level) {
                return u;
            }
            if (++hops > parent.length) {
                throw new IllegalStateException("reporting units form a cycle at " + units.get(unit).id());
            }
        }
        return -1;
    }

    public boolean hasLevel(UnitLevel level) {
        return units.stream().anyMatch(u -> u.level() == level);
    }
}
