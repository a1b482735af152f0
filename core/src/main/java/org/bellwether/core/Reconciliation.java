package org.bellwether.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The same contest as two sources report it, compared figure by figure: each choice's votes in each county and
 * in all. Sources spell the same things differently ("KAREN HANDEL" and "Karen Handel", "Cobb County" and "Cobb"),
 * so names are compared after {@link #key normalising} case, punctuation and a trailing "County"; nothing else
 * is matched loosely.
 *
 * @param lines every figure compared, in the order of source A, then what only B has
 */
public record Reconciliation(List<Line> lines) {

    /** The figures summed over every unit, in {@link Line#unit()}. */
    public static final String ALL_UNITS = "All units";

    public Reconciliation {
        lines = List.copyOf(lines);
    }

    /**
     * @param unit   the county (or {@link #ALL_UNITS})
     * @param choice the choice, as source A spells it when A has it
     * @param a      source A's votes, empty when A lacks this figure
     * @param b      source B's votes, empty when B lacks this figure
     */
    public record Line(String unit, String choice, OptionalLong a, OptionalLong b) {
        public Line {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(choice, "choice");
        }

        public boolean agrees() {
            return a.isPresent() && b.isPresent() && a.getAsLong() == b.getAsLong();
        }
    }

    public List<Line> differences() {
        return lines.stream().filter(l -> !l.agrees()).toList();
    }

    public static Reconciliation compare(Election a, int contestA, Election b, int contestB) {
        boolean byCounty = new UnitTree(a.units()).hasLevel(UnitLevel.COUNTY)
                && new UnitTree(b.units()).hasLevel(UnitLevel.COUNTY);
        Map<String, Map<String, Long>> left = figures(a, contestA, byCounty);
        Map<String, Map<String, Long>> right = figures(b, contestB, byCounty);
        Map<String, String> names = new LinkedHashMap<>();
        choiceNames(b, contestB).forEach(names::put);
        choiceNames(a, contestA).forEach(names::put);
        Set<String> units = new LinkedHashSet<>(left.keySet());
        units.addAll(right.keySet());
        List<Line> lines = new ArrayList<>();
        for (String unit : units) {
            Map<String, Long> l = left.getOrDefault(unit, Map.of());
            Map<String, Long> r = right.getOrDefault(unit, Map.of());
            Set<String> choices = new LinkedHashSet<>(l.keySet());
            choices.addAll(r.keySet());
            for (String choice : choices) {
                lines.add(new Line(unit, names.get(choice), optional(l.get(choice)), optional(r.get(choice))));
            }
        }
        return new Reconciliation(lines);
    }

    /** Votes per unit label per choice key, with the all-units line first. */
    private static Map<String, Map<String, Long>> figures(Election e, int contest, boolean byCounty) {
        UnitTree tree = new UnitTree(e.units());
        List<Choice> choices = e.contests().get(contest).choices();
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        figures.put(ALL_UNITS, new LinkedHashMap<>());
        e.tallies().forEach((c, choice, unit, voteType, votes) -> {
            if (c != contest) {
                return;
            }
            String key = key(choices.get(choice).name());
            figures.get(ALL_UNITS).merge(key, votes, Long::sum);
            int county = byCounty ? tree.ancestorAt(unit, UnitLevel.COUNTY) : -1;
            if (county >= 0) {
                String label = countyLabel(e.units().get(county).name());
                figures.computeIfAbsent(label, k -> new LinkedHashMap<>()).merge(key, votes, Long::sum);
            }
        });
        return figures;
    }

    private static Map<String, String> choiceNames(Election e, int contest) {
        Map<String, String> names = new LinkedHashMap<>();
        e.contests().get(contest).choices().forEach(c -> names.put(key(c.name()), c.name()));
        return names;
    }

    /** Upper case, letters and digits only, single spaces: how two sources' spellings are compared. */
    static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String countyLabel(String name) {
        String k = key(name);
        return k.endsWith(" COUNTY") ? k.substring(0, k.length() - " COUNTY".length()) : k;
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
