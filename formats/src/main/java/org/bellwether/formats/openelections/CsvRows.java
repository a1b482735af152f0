package org.bellwether.formats.openelections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bellwether.core.Choice;
import org.bellwether.core.Election;
import org.bellwether.core.TallyLimits;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.UnitTree;
import org.bellwether.core.VoteCategory;
import org.bellwether.formats.report.CsvCells;

/**
 * The rows {@link OpenElectionsCsvWriter} writes: first the {@code Voters} rows (registered voters, ballots cast) of
 * every unit, then contest by contest, unit by unit, one row per choice and one per over- or undervote figure. A
 * reader meets contests, units and choices in the election's order that way, which is what makes a round trip
 * give the same election: contests come in the order first seen, and the first contest of an election read from
 * an OpenElections file lists its units in file order. Each row has the votes of each vote type in its column and
 * their sum in {@code votes}; a row whose only figure is of vote type ALL leaves the vote-type cells blank, which
 * the reader stores as ALL again.
 */
final class CsvRows {

    /** One row: where, what, the sum and the figure of each vote-type column (null for a blank cell). */
    record Row(String county, String precinct, String office, String party, String candidate, long votes,
            Long[] byType) {
        List<String> cells(boolean precinctColumn) {
            List<String> cells = new ArrayList<>(List.of(CsvCells.text(county)));
            if (precinctColumn) {
                cells.add(CsvCells.text(precinct));
            }
            cells.addAll(List.of(CsvCells.text(office), "", CsvCells.text(party), CsvCells.text(candidate),
                    Long.toString(votes)));
            for (Long n : byType) {
                cells.add(n == null ? "" : n.toString());
            }
            return cells;
        }
    }

    private final Election election;
    private final int[] column;
    private final int columns;
    private final int[] county;
    /** Rows by (contest + 1, unit), 0 for the Voters rows; within that by choice, statistics after choices. */
    private final TreeMap<Long, TreeMap<Integer, Draft>> rows = new TreeMap<>();

    /** A row being summed: what it is and its figures, the ALL figure in the last slot. */
    private record Draft(String office, String party, String candidate, Long[] figures) {
    }

    CsvRows(Election election) {
        this.election = election;
        column = new int[election.voteTypes().size()];
        int n = 0;
        for (int t = 0; t < column.length; t++) {
            column[t] = election.voteTypes().get(t).category() == VoteCategory.ALL ? -1 : n++;
        }
        columns = n;
        county = counties(election);
        for (UnitStatistic s : election.statistics()) {
            boolean wide = s.contest() == UnitStatistic.UNIT_WIDE;
            String office = wide ? OpenElectionsCsvWriter.VOTERS : election.contests().get(s.contest()).name();
            add(s.contest() + 1, s.unit(), TallyLimits.MAX_CHOICES_PER_CONTEST + s.kind().ordinal(),
                    () -> new Draft(office, "", OpenElectionsCsvWriter.candidateCell(s.kind()), new Long[columns + 1]),
                    s.voteType(), s.count());
        }
        election.tallies().forEach((contest, choice, unit, type, votes) -> {
            Choice c = election.contests().get(contest).choices().get(choice);
            add(contest + 1, unit, choice, () -> new Draft(election.contests().get(contest).name(),
                    c.party().orElse(""), c.name(), new Long[columns + 1]), type, votes);
        });
    }

    private void add(int group, int unit, int order, Supplier<Draft> draft, int type, long votes) {
        Long[] figures = rows.computeIfAbsent(((long) group << 32) | unit, k -> new TreeMap<>())
                .computeIfAbsent(order, k -> draft.get()).figures();
        int slot = column[type] < 0 ? columns : column[type];
        figures[slot] = (figures[slot] == null ? 0 : figures[slot]) + votes;
    }

    boolean precinctColumn() {
        for (int u = 0; u < county.length; u++) {
            if (county[u] != u) {
                return true;
            }
        }
        return false;
    }

    void forEach(Consumer<Row> out) {
        rows.forEach((key, drafts) -> drafts.values().forEach(d -> out.accept(row((int) (long) key, d.office(),
                d.party(), d.candidate(), d.figures()))));
    }

    private Row row(int unit, String office, String party, String candidate, Long[] figures) {
        long votes = 0;
        boolean typed = false;
        for (int i = 0; i < columns; i++) {
            votes += figures[i] == null ? 0 : figures[i];
            typed |= figures[i] != null;
        }
        if (!typed && figures[columns] != null) {
            votes = figures[columns];
        }
        int c = county[unit];
        return new Row(election.units().get(c).name(), c == unit ? "" : election.units().get(unit).name(), office,
                party, candidate, votes, Arrays.copyOf(figures, columns));
    }

    /** Each unit's nearest county-level unit, else the root of its tree. */
    private static int[] counties(Election e) {
        UnitTree tree = new UnitTree(e.units());
        Map<String, Integer> byId = new HashMap<>();
        for (int u = 0; u < e.units().size(); u++) {
            byId.putIfAbsent(e.units().get(u).id(), u);
        }
        int[] county = new int[e.units().size()];
        for (int u = 0; u < county.length; u++) {
            county[u] = tree.ancestorAt(u, UnitLevel.COUNTY);
            if (county[u] < 0) {
                county[u] = root(e, u, byId);
            }
        }
        return county;
    }

    private static int root(Election e, int unit, Map<String, Integer> byId) {
        int root = unit;
        for (int hops = 0; hops <= e.units().size(); hops++) {
            Integer parent = e.units().get(root).parentId().map(byId::get).orElse(null);
            if (parent == null) {
                return root;
            }
            root = parent;
        }
        return unit;
    }
}
