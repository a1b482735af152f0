package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bellwether.core.VoteCategory;
import org.bellwether.formats.InputException;
import org.bellwether.formats.TotalsPolicy;

/**
 * Tells parts from totals among the figures of one series (the votes of one selection, the ballots cast, the
 * undervotes of one contest). A NIST file may report a figure for a unit and for the units it is composed of too
 * (gen-01 gives the county beside its precincts), or a {@code total} beside the vote types it sums. A figure is a
 * total when a unit inside its unit has a figure of the series, or when it is a {@code total} and its unit has
 * figures by vote type; the other figures are the parts, stored once. Each total is compared with the sum of the
 * parts it covers and a difference is handled as the {@link TotalsPolicy} says: totals are never stored.
 */
final class Totals {

    private final UnitGraph graph;
    private final TotalsPolicy policy;
    private final String file;
    private final Consumer<String> notes;
    private final List<String> unitIds;
    private int checked;

    Totals(UnitGraph graph, List<String> unitIds, TotalsPolicy policy, String file, Consumer<String> notes) {
        this.graph = graph;
        this.unitIds = List.copyOf(unitIds);
        this.policy = policy;
        this.file = file;
        this.notes = notes;
    }

    int checked() {
        return checked;
    }

    /** The parts of a series, in the order read, after checking each total against them. */
    List<Reading> parts(List<Reading> readings, String series) {
        Map<Integer, List<Reading>> byUnit = new HashMap<>();
        for (Reading r : readings) {
            List<Reading> atUnit = byUnit.computeIfAbsent(r.unit(), u -> new ArrayList<>());
            for (Reading other : atUnit) {
                if (other.type().equals(r.type())) {
                    throw new InputException(file, r.at(), "duplicate: " + series + " has two figures for GpUnit "
                            + InputException.echo(unitIds.get(r.unit())) + ", vote type " + r.type().label()
                            + " (the other at " + other.at() + ")");
                }
            }
            atUnit.add(r);
        }
        List<Reading> parts = new ArrayList<>();
        List<Reading> totals = new ArrayList<>();
        for (Reading r : readings) {
            (isTotal(r, byUnit) ? totals : parts).add(r);
        }
        Map<Integer, List<Reading>> partsByUnit = new HashMap<>();
        parts.forEach(p -> partsByUnit.computeIfAbsent(p.unit(), u -> new ArrayList<>()).add(p));
        totals.forEach(t -> check(t, partsByUnit, series));
        return parts;
    }

    private boolean isTotal(Reading r, Map<Integer, List<Reading>> byUnit) {
        if (r.type().category() == VoteCategory.ALL
                && byUnit.get(r.unit()).stream().anyMatch(o -> o.type().category() != VoteCategory.ALL)) {
            return true;
        }
        return graph.anyInside(r.unit(), byUnit::containsKey);
    }

    private void check(Reading total, Map<Integer, List<Reading>> partsByUnit, String series) {
        long[] sum = {0};
        graph.forEachWithin(total.unit(), u -> {
            for (Reading p : partsByUnit.getOrDefault(u, List.of())) {
                if (total.covers(p.type())) {
                    sum[0] += p.count();
                }
            }
        });
        checked++;
        if (sum[0] != total.count()) {
            String problem = series + " at GpUnit " + InputException.echo(unitIds.get(total.unit())) + ", vote type "
                    + total.type().label() + ": the total " + total.count() + " differs from the sum of its parts, "
                    + sum[0];
            switch (policy) {
                case TotalsPolicy.Reject reject -> throw new InputException(file, total.at(), problem
                        + " (--totals report would note this and keep the parts)");
                case TotalsPolicy.Report report -> notes.accept(file + ": " + total.at() + ": " + problem
                        + "; the parts are kept");
            }
        }
    }
}
