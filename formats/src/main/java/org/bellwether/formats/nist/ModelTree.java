package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ReportingUnit;

/**
 * The model's reporting units as a tree of indices, for writing: each unit's children (its ComposingGpUnitIds) and
 * the lowest common ancestor of the units a contest is counted in (its ElectionDistrictId). A parent ID that names
 * no unit, or a chain that loops, leaves the unit a root rather than failing the write.
 */
final class ModelTree {

    private final int[] parent;
    private final int[] depth;
    private final List<List<Integer>> children = new ArrayList<>();

    ModelTree(List<ReportingUnit> units) {
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            byId.putIfAbsent(units.get(i).id(), i);
            children.add(new ArrayList<>());
        }
        parent = new int[units.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = units.get(i).parentId().map(id -> byId.getOrDefault(id, -1)).orElse(-1);
        }
        depth = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            depth[i] = depthOf(i);
            if (depth[i] < 0) {
                parent[i] = -1;
                depth[i] = 0;
            }
        }
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] >= 0) {
                children.get(parent[i]).add(i);
            }
        }
    }

    /** Hops to the root, or -1 when the chain loops. */
    private int depthOf(int unit) {
        int hops = 0;
        for (int u = parent[unit]; u >= 0; u = parent[u]) {
            if (++hops > parent.length) {
                return -1;
            }
        }
        return hops;
    }

    List<Integer> children(int unit) {
        return children.get(unit);
    }

    boolean isRoot(int unit) {
        return parent[unit] < 0;
    }

    boolean flat() {
        for (int p : parent) {
            if (p >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The deepest unit both are within (either may be it), or -1 when they are in different trees. */
    int commonAncestor(int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        while (depth[a] > depth[b]) {
            a = parent[a];
        }
        while (depth[b] > depth[a]) {
            b = parent[b];
        }
        while (a != b && a >= 0) {
            a = parent[a];
            b = parent[b];
        }
        return a;
    }
}
