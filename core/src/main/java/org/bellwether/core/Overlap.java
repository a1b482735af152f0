package org.bellwether.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contest reported both for a unit as a whole and for units inside it, e.g. a county summary file read together
 * with that county's precinct file. Summing both would count the same votes twice, so readers refuse it.
 *
 * @param contest   the contest's index
 * @param outerUnit the enclosing unit that has tallies of its own
 * @param outerRow  a tally row of the enclosing unit
 * @param innerUnit a unit inside it that also has tallies
 * @param innerRow  a tally row of the inner unit
 */
public record Overlap(int contest, int outerUnit, int outerRow, int innerUnit, int innerRow) {

    /** The first overlap in row order, if any; cheap when no unit with tallies encloses another. */
    public static Optional<Overlap> find(Election election) {
        List<ReportingUnit> units = election.units();
        UnitTree tree = new UnitTree(units);
        boolean[] encloses = new boolean[units.size()];
        for (int u = 0; u < units.size(); u++) {
            int parent = tree.parent(u);
            if (parent >= 0) {
                encloses[parent] = true;
            }
        }
        Map<Long, Integer> outerRows = new HashMap<>();
        TallyTable tallies = election.tallies();
        int[] row = {0};
        // Visited in place: a Tally made per row would be most of the cost on a statewide file.
        tallies.forEach((contest, choice, unit, voteType, votes) -> {
            if (encloses[unit]) {
                outerRows.putIfAbsent(((long) contest << 32) | unit, row[0]);
            }
            row[0]++;
        });
        return outerRows.isEmpty() ? Optional.empty() : inner(election, tree, outerRows);
    }

    private static Optional<Overlap> inner(Election election, UnitTree tree, Map<Long, Integer> outerRows) {
        TallyTable tallies = election.tallies();
        for (int row = 0; row < tallies.size(); row++) {
            Tally t = tallies.get(row);
            for (int up = tree.parent(t.unit()); up >= 0; up = tree.parent(up)) {
                Integer outer = outerRows.get(((long) t.contest() << 32) | up);
                if (outer != null) {
                    return Optional.of(new Overlap(t.contest(), up, outer, t.unit(), row));
                }
            }
        }
        return Optional.empty();
    }
}
