package org.bellwether.formats.gasos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bellwether.core.Choice;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.UnitLevel;
import org.bellwether.formats.InputException;
import org.bellwether.formats.gasos.Checks.Cell;
import org.bellwether.formats.gasos.Checks.Kind;
import org.bellwether.formats.gasos.Checks.Placed;
import org.bellwether.formats.gasos.Checks.Slot;

/**
 * Puts the blocks of one export into the election. Votes are stored once, at the finest level the file has:
 * counties, or the precincts of a county option that lists them; the state with no county blocks at all. Every
 * coarser figure is only checked against the sum of its parts. A county names the state unit as its parent, so
 * county blocks that come before the state block wait for it.
 */
final class ExportAssembler {

    @FunctionalInterface
    private interface OptionVisitor {
        void visit(Slot slot, Export.Option option);
    }

    private final ElectionBuilder builder;
    private final ChoiceNames names;
    private final Checks checks;
    private final String file;
    private final List<Export.Block> waiting = new ArrayList<>();
    private final Map<Cell, Placed> stateTotals = new LinkedHashMap<>();
    private final Map<Cell, Placed> countySums = new LinkedHashMap<>();
    private final Set<Integer> stateContests = new HashSet<>();
    private final Set<Integer> countyContests = new HashSet<>();
    private Export.Block state;
    private int stateUnit;
    private int counties;

    ExportAssembler(ElectionBuilder builder, ChoiceNames names, Checks checks, String file) {
        this.builder = builder;
        this.names = names;
        this.checks = checks;
        this.file = file;
    }

    void state(Export.Block block) {
        state = block;
        stateUnit = builder.unit(block.name(), block.name(), UnitLevel.STATE, Optional.empty());
        org.bellwether.formats.UsStates.codeOf(block.name()).ifPresent(builder::state);
        eachOption(block, (slot, option) -> {
            stateContests.add(slot.contest());
            checks.groups(option.counted());
            for (Export.Figure f : option.counted().figures()) {
                putNew(stateTotals, slot, f, block.name());
            }
        });
        waiting.forEach(this::writeCounty);
        waiting.clear();
    }

    void county(Export.Block block) {
        counties++;
        if (state == null) {
            waiting.add(block);
        } else {
            writeCounty(block);
        }
    }

    /** Stores or checks the state-level figures once every county is in, and returns what was done. */
    List<String> finish() {
        if (state == null) {
            throw new InputException(file, "$", "no \"results\" object: the file holds no results to read");
        }
        if (counties == 0) {
            stateTotals.forEach((cell, total) -> store(cell, stateUnit, total, state.name()));
            return List.of("no county blocks: state-level figures stored as tallies");
        }
        checkState();
        List<String> clauses = new ArrayList<>();
        clauses.add(counties == 1 ? "1 county block" : counties + " county blocks");
        countyContests.removeAll(stateContests);
        if (!countyContests.isEmpty()) {
            int n = countyContests.size();
            clauses.add(n + (n == 1 ? " contest" : " contests") + " only in county blocks, with no state-level total");
        }
        return clauses;
    }

    /** Compares the state block with the sum of the counties, for the contests the state block has. */
    private void checkState() {
        countySums.keySet().removeIf(cell -> !stateContests.contains(cell.contest()));
        checks.checked(Kind.STATE, stateContests.size());
        checks.compare(Kind.STATE, stateTotals, countySums);
    }

    private void writeCounty(Export.Block county) {
        int unit = builder.unit(county.name(), county.name(), UnitLevel.COUNTY, Optional.of(state.name()));
        eachOption(county, (slot, option) -> {
            countyContests.add(slot.contest());
            checks.groups(option.counted());
            if (option.precincts().isEmpty()) {
                option.counted().figures().forEach(f -> store(slot.cell(f.type()), unit, placed(slot, f),
                        county.name()));
            } else {
                writePrecincts(slot, county.name(), option);
            }
            for (Export.Figure f : option.counted().figures()) {
                countySums.merge(slot.cell(f.type()), placed(slot, f), Placed::plus);
            }
        });
    }

    /** Stores a county option's precincts and checks the county figures against their sum. */
    private void writePrecincts(Slot slot, String countyId, Export.Option option) {
        Map<Cell, Placed> countyTotals = new LinkedHashMap<>();
        option.counted().figures().forEach(f -> putNew(countyTotals, slot, f, countyId));
        Map<Cell, Placed> sums = new LinkedHashMap<>();
        for (Export.Precinct p : option.precincts()) {
            String id = countyId + "/" + p.name();
            int unit = builder.unit(id, p.name(), UnitLevel.PRECINCT, Optional.of(countyId));
            checks.groups(p.counted());
            for (Export.Figure f : p.counted().figures()) {
                store(slot.cell(f.type()), unit, placed(slot, f), id);
                sums.merge(slot.cell(f.type()), placed(slot, f), Placed::plus);
            }
        }
        checks.checked(Kind.PRECINCTS, 1);
        checks.compare(Kind.PRECINCTS, countyTotals, sums);
    }

    private void eachOption(Export.Block block, OptionVisitor visitor) {
        for (Export.Item item : block.items()) {
            int contest = contest(item);
            for (Export.Option option : item.options()) {
                try {
                    Choice c = names.resolve(option.name(), option.party());
                    int choice = builder.choice(contest, c.name(), c.party(), c.writeIn());
                    visitor.visit(new Slot(contest, choice, item.name(), c.name()), option);
                } catch (IllegalArgumentException tooMany) {
                    // the model's limits (TallyLimits) are checked as units and choices are added
                    throw new InputException(file, option.at(), tooMany.getMessage(), tooMany);
                }
            }
        }
    }

    private int contest(Export.Item item) {
        try {
            return builder.contest(item.name(), item.voteFor());
        } catch (IllegalArgumentException tooMany) {
            throw new InputException(file, item.at(), tooMany.getMessage(), tooMany);
        }
    }

    private void store(Cell cell, int unit, Placed figure, String unitId) {
        if (builder.tally(cell.contest(), cell.choice(), unit, builder.voteType(cell.type()), figure.votes()) >= 0) {
            throw duplicate(figure, cell, unitId);
        }
    }

    private void putNew(Map<Cell, Placed> totals, Slot slot, Export.Figure figure, String unitId) {
        Placed placed = placed(slot, figure);
        if (totals.putIfAbsent(slot.cell(figure.type()), placed) != null) {
            throw duplicate(placed, slot.cell(figure.type()), unitId);
        }
    }

    private static Placed placed(Slot slot, Export.Figure figure) {
        return new Placed(slot, figure.votes(), figure.at());
    }

    private InputException duplicate(Placed figure, Cell cell, String unitId) {
        return new InputException(file, figure.at(), "duplicate: " + figure.slot().describe(cell.type())
                + " appears twice for " + InputException.echo(unitId));
    }
}
