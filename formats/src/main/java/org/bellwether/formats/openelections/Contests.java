package org.bellwether.formats.openelections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a row's office and district cells to its {@link ContestState}, comparing with the last pair first
 * since rows come grouped by contest within a precinct.
 */
final class Contests {

    private final ReadContext context;
    private final Map<String, Map<String, ContestState>> byOffice = new HashMap<>();
    private final List<ContestState> all = new ArrayList<>();
    private ContestState last;

    Contests(ReadContext context) {
        this.context = context;
    }

    /**
     * The state of these cells. The last contest is tried first, then the one that followed it last time
     * (precincts list their contests in the same order), and only then the cells are hashed.
     */
    ContestState resolve(String office, String district, long line) {
        if (last != null && last.holds(office, district)) {
            return last;
        }
        ContestState state = last == null ? null : last.next;
        if (state == null || !state.holds(office, district)) {
            state = byOffice.computeIfAbsent(office, o -> new HashMap<>()).get(district);
        }
        if (state == null) {
            state = create(office, district, line);
        }
        if (last != null) {
            last.next = state;
        }
        last = state;
        return state;
    }

    private ContestState create(String office, String district, long line) {
        String writtenOffice = office.strip();
        if (writtenOffice.isEmpty()) {
            throw context.error(line, "office is blank");
        }
        ContestState state = new ContestState(office, district, ContestNames.of(writtenOffice, district.strip()),
                context.builder());
        byOffice.get(office).put(district, state);
        all.add(state);
        return state;
    }

    /** Every contest state of the file, in the order first seen. */
    List<ContestState> all() {
        return List.copyOf(all);
    }
}
