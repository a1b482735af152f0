package org.bellwether.formats.nist;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;
import org.bellwether.core.UnitLevel;
import org.bellwether.formats.InputException;
import org.bellwether.formats.nist.Directory.Ref;

/**
 * The GpUnits of a file as NIST relates them: a unit is composed of the units its {@code ComposingGpUnitIds} lists,
 * and a unit may be part of several (a Cambridge precinct is in the city, a congressional district, a state house
 * district, a polling place...). The model's tree keeps one parent per unit, chosen in this order: the election
 * scope, a county-level unit, a state, a precinct-level unit, a district; the first in the file among equals.
 * A file with no composition at all (NIST's gen-01 test deck) is read as every unit inside the election scope,
 * which is how its county total sits beside its precincts. Traversals are iterative, so a hostile chain of units
 * cannot overflow the stack, and a cycle is bad input.
 */
final class UnitGraph {

    private static final List<UnitLevel> PARENT_PREFERENCE = List.of(UnitLevel.COUNTY, UnitLevel.STATE,
            UnitLevel.PRECINCT, UnitLevel.DISTRICT);

    private final int[][] parts;
    private final int[] parent;

    private UnitGraph(int[][] parts, int[] parent) {
        this.parts = parts;
        this.parent = parent;
    }

    static UnitGraph of(Directory d, Lookup lookup, String file) {
        int n = d.units().size();
        int scope = lookup.unit(d.election().scope(), "ElectionScopeId");
        int[][] parts = new int[n][];
        boolean composed = false;
        for (int u = 0; u < n; u++) {
            List<String> ids = d.units().get(u).composing();
            parts[u] = new int[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                parts[u][i] = lookup.unit(new Ref(ids.get(i), d.units().get(u).composingAt()), "ComposingGpUnitIds");
            }
            composed |= !ids.isEmpty();
        }
        if (!composed && n > 1) {
            parts[scope] = java.util.stream.IntStream.range(0, n).filter(u -> u != scope).toArray();
        }
        checkAcyclic(parts, d, file);
        return new UnitGraph(parts, parents(parts, d, scope));
    }

    int parent(int unit) {
        return parent[unit];
    }

    int size() {
        return parts.length;
    }

    /** Whether a unit strictly inside {@code unit} satisfies {@code test}. */
    boolean anyInside(int unit, IntPredicate test) {
        if (parts[unit].length == 0) {
            return false;
        }
        BitSet seen = new BitSet(parts.length);
        Deque<Integer> todo = new ArrayDeque<>();
        pushParts(unit, todo, seen);
        while (!todo.isEmpty()) {
            int u = todo.pop();
            if (test.test(u)) {
                return true;
            }
            pushParts(u, todo, seen);
        }
        return false;
    }

    /** Visits {@code unit} and every unit inside it once, however many paths lead there. */
    void forEachWithin(int unit, java.util.function.IntConsumer visitor) {
        BitSet seen = new BitSet(parts.length);
        seen.set(unit);
        Deque<Integer> todo = new ArrayDeque<>(List.of(unit));
        while (!todo.isEmpty()) {
            int u = todo.pop();
            visitor.accept(u);
            pushParts(u, todo, seen);
        }
    }

    private void pushParts(int unit, Deque<Integer> todo, BitSet seen) {
        for (int p : parts[unit]) {
            if (!seen.get(p)) {
                seen.set(p);
                todo.push(p);
            }
        }
    }

    private static int[] parents(int[][] parts, Directory d, int scope) {
        int[] parent = new int[parts.length];
        java.util.Arrays.fill(parent, -1);
        for (int u = 0; u < parts.length; u++) {
            for (int p : parts[u]) {
                if (parent[p] < 0 || rank(u, d, scope) < rank(parent[p], d, scope)) {
                    parent[p] = u;
                }
            }
        }
        return parent;
    }

    private static int rank(int unit, Directory d, int scope) {
        return unit == scope ? -1 : PARENT_PREFERENCE.indexOf(UnitKinds.level(d.units().get(unit).type()));
    }

    /** Depth-first with an explicit stack: 0 unvisited, 1 on the current path, 2 done. */
    private static void checkAcyclic(int[][] parts, Directory d, String file) {
        byte[] state = new byte[parts.length];
        for (int root = 0; root < parts.length; root++) {
            if (state[root] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {root, 0});
            state[root] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                if (top[1] == parts[top[0]].length) {
                    state[top[0]] = 2;
                    stack.pop();
                    continue;
                }
                int next = parts[top[0]][top[1]++];
                if (state[next] == 1) {
                    Directory.Unit u = d.units().get(next);
                    throw new InputException(file, u.at(), "GpUnit composition forms a cycle through "
                            + InputException.echo(u.id()));
                }
                if (state[next] == 0) {
                    state[next] = 1;
                    stack.push(new int[] {next, 0});
                }
            }
        }
    }
}
