package org.bellwether.formats.openelections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ElectionBuilder;

/**
 * One (office, district) pair of a file: the contest it names and the candidate cells seen under it. The
 * contest is added to the election only when a row needs it, so that an office holding only unit-wide
 * statistics (Georgia's {@code Voters}) never becomes a contest.
 *
 * <p>Precincts list their contests, and a contest its candidates, in the same order, so each state and entry
 * remembers which one followed it last time; that guess is compared first and strings are hashed only when it
 * is wrong. This keeps the per-row cost to a few string comparisons.
 */
final class ContestState {

    final String office;
    final String district;
    final String name;
    private final ElectionBuilder builder;
    private int index = -1;
    private final List<ChoiceEntry> entries = new ArrayList<>();
    private final Map<String, ChoiceEntry> byCell = new HashMap<>();
    private ChoiceEntry last;
    /** The contest that followed this one last time. */
    ContestState next;

    ContestState(String office, String district, String name, ElectionBuilder builder) {
        this.office = office;
        this.district = district;
        this.name = name;
        this.builder = builder;
    }

    /** Whether this state stands for exactly these cells. */
    boolean holds(String officeCell, String districtCell) {
        return office.equals(officeCell) && district.equals(districtCell);
    }

    /** The contest's index in the election, added with vote-for 1 (no file gives a vote-for) when first needed. */
    int index() {
        if (index < 0) {
            index = builder.contest(name, 1);
        }
        return index;
    }

    /** The entry for this exact candidate cell, or null when it is new. */
    ChoiceEntry find(String cell) {
        ChoiceEntry guess = last == null ? null : last.next;
        if (guess == null || !guess.cell.equals(cell)) {
            guess = byCell.get(cell);
        }
        if (guess != null) {
            follow(guess);
        }
        return guess;
    }

    void add(ChoiceEntry entry) {
        entries.add(entry);
        byCell.put(entry.cell, entry);
        follow(entry);
    }

    private void follow(ChoiceEntry entry) {
        if (last != null) {
            last.next = entry;
        }
        last = entry;
    }

    List<ChoiceEntry> entries() {
        return List.copyOf(entries);
    }
}
