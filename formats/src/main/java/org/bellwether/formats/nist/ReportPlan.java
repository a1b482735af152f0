package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.UnitLevel;

/**
 * Everything decided before a NIST ERR document is written, the same for XML and JSON: ObjectIds, the election
 * scope, each contest's class and district, each vote type's CountItemType, the parties, the tallies grouped by
 * selection. The scope is the one root unit, else the first; a model whose units have no parent links at all gets
 * a unit {@code gpu-scope} composing them all, since NIST reads a file without composition as units inside the
 * scope. A contest's district is the deepest unit containing every unit it is counted in.
 */
final class ReportPlan {

    static final String SCOPE = "gpu-scope";

    final Election election;
    /** Each contest's units reporting, as stated or derived, by contest index. */
    final List<org.bellwether.core.Reporting> reporting;
    final String software;
    final ModelTree tree;
    final List<String> unitIds = new ArrayList<>();
    final String scopeId;
    final boolean syntheticScope;
    final List<String> parties = new ArrayList<>();
    final List<ContestKind> kinds;
    final List<String> districts = new ArrayList<>();
    final List<CountItem.Written> voteTypes;
    final TallyRows rows;
    final StatisticsPlan statistics;
    final boolean precinctLevel;
    private final Map<String, Integer> partyIndex = new HashMap<>();

    ReportPlan(Election e, String software) {
        this.election = e;
        this.reporting = org.bellwether.core.CountReporting.of(e);
        this.software = software;
        this.tree = new ModelTree(e.units());
        Ids ids = new Ids();
        for (int u = 0; u < e.units().size(); u++) {
            unitIds.add(ids.unit(e.units().get(u).id(), u));
        }
        syntheticScope = e.units().isEmpty() || (e.units().size() > 1 && tree.flat());
        scopeId = syntheticScope ? SCOPE : unitIds.get(firstRoot());
        e.contests().forEach(c -> c.choices().forEach(this::party));
        kinds = e.contests().stream().map(ContestKind::of).toList();
        voteTypes = e.voteTypes().stream().map(CountItem::write).toList();
        rows = new TallyRows(e.contests(), e.tallies());
        statistics = new StatisticsPlan(e);
        for (int c = 0; c < e.contests().size(); c++) {
            districts.add(district(c));
        }
        precinctLevel = precinctLevel(e);
    }

    private int firstRoot() {
        for (int u = 0; u < unitIds.size(); u++) {
            if (tree.isRoot(u)) {
                return u;
            }
        }
        return 0;
    }

    private void party(Choice choice) {
        choice.party().ifPresent(label -> {
            if (partyIndex.putIfAbsent(label, parties.size()) == null) {
                parties.add(label);
            }
        });
    }

    String partyId(String label) {
        return Ids.party(partyIndex.get(label));
    }

    private String district(int contest) {
        int[] lca = {-2};
        java.util.function.IntConsumer meet = u -> lca[0] = lca[0] == -2 ? u : tree.commonAncestor(lca[0], u);
        rows.forEachUnit(contest, meet);
        statistics.otherCounts(contest).keySet().forEach(meet::accept);
        return lca[0] >= 0 && !syntheticScope ? unitIds.get(lca[0]) : scopeId;
    }

    private boolean precinctLevel(Election e) {
        for (int row = 0; row < rows.size(); row++) {
            if (e.units().get(rows.unitAt(row)).level() == UnitLevel.PRECINCT) {
                return true;
            }
        }
        return false;
    }

    /** The report's Notes: what it was made from, and what NIST ERR could not hold exactly. */
    String notes() {
        List<String> notes = new ArrayList<>();
        election.sources().forEach(s -> notes.add("Read from " + s.path() + " (" + s.reader() + ", SHA-256 "
                + s.sha256() + ")."));
        if (election.date().isEmpty()) {
            notes.add("The election date is unknown: StartDate and EndDate say " + NistDates.UNKNOWN + ".");
        }
        if (syntheticScope) {
            notes.add("GpUnit " + SCOPE + " stands for the whole election: its units have no common parent.");
        }
        notes.addAll(statistics.notes());
        return String.join("\n", notes);
    }

    Contest contest(int c) {
        return election.contests().get(c);
    }
}
