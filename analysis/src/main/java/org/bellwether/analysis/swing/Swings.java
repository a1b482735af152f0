package org.bellwether.analysis.swing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.ContestVotes;
import org.bellwether.analysis.baseline.Baseline;
import org.bellwether.analysis.baseline.UnitShare;
import org.bellwether.analysis.crosswalk.Crosswalk;
import org.bellwether.analysis.crosswalk.Crosswalks;
import org.bellwether.analysis.crosswalk.DeclaredMatch;
import org.bellwether.analysis.crosswalk.Match;
import org.bellwether.analysis.crosswalk.Place;
import org.bellwether.core.Election;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitTree;

/**
 * Measures a special election against a baseline. District-wide: all the special's votes against the baseline's
 * district result. Per county: the special's votes rolled up to counties against the baseline's units inside the
 * district in the same county (counties matched by name without {@code County}). Per precinct, when the special
 * reports precincts: pairs from a {@link Crosswalks crosswalk} of the special's precincts and the baseline's
 * units inside the district; unmatched precincts of either side are kept in the crosswalk with their votes. A
 * baseline with no precinct results (a county-level file) gives no precinct rows.
 */
public final class Swings {

    private static final String COUNTY = "(county)";

    private Swings() {
    }

    public static Swing compute(String label, ContestVotes special, Baseline baseline, List<DeclaredMatch> declared,
            double threshold) {
        Election election = special.election();
        UnitTree tree = new UnitTree(election.units());
        Map<String, BlocVotes> byCounty = new LinkedHashMap<>();
        List<Place> precincts = new ArrayList<>();
        Map<Place, BlocVotes> precinctVotes = new LinkedHashMap<>();
        special.byUnit().forEach((unit, votes) -> {
            String county = countyOf(election, tree, unit);
            byCounty.merge(county, votes, BlocVotes::plus);
            if (election.units().get(unit).level() == UnitLevel.PRECINCT) {
                Place p = new Place(county, election.units().get(unit).name(), votes.total());
                precincts.add(p);
                precinctVotes.put(p, votes);
            }
        });
        Crosswalk countyWalk = counties(byCounty, baseline);
        List<SwingRow> countyRows = countyWalk.matches().stream().map(m -> new SwingRow(m.from().county(),
                m.from().county(), byCounty.get(m.from().county()), baseline.county(m.to().county()))).toList();
        SwingRow district = new SwingRow("", "district", special.total(), baseline.district());
        // Precincts are compared only when both sides report them (Montana's 2016 baseline is by county).
        if (precincts.isEmpty() || baseline.units().stream().noneMatch(u -> u.level() == UnitLevel.PRECINCT)) {
            return new Swing(label, baseline, district, countyRows, List.of(), countyWalk, Optional.empty());
        }
        return withPrecincts(label, baseline, district, countyRows, countyWalk, precinctVotes, declared, threshold);
    }

    private static Swing withPrecincts(String label, Baseline baseline, SwingRow district, List<SwingRow> countyRows,
            Crosswalk countyWalk, Map<Place, BlocVotes> special, List<DeclaredMatch> declared, double threshold) {
        Map<Place, UnitShare> baseUnits = new LinkedHashMap<>();
        for (UnitShare u : baseline.units()) {
            baseUnits.put(new Place(u.county(), u.name(), u.inside().total()), u);
        }
        Crosswalk walk = Crosswalks.match(List.copyOf(special.keySet()), List.copyOf(baseUnits.keySet()), declared,
                threshold);
        List<SwingRow> rows = new ArrayList<>();
        for (Match m : walk.matches()) {
            rows.add(new SwingRow(m.from().county(), m.from().name(), special.get(m.from()),
                    baseUnits.get(m.to()).inside()));
        }
        return new Swing(label, baseline, district, countyRows, rows, countyWalk, Optional.of(walk));
    }

    /** Counties match on their names alone (a county place's own name is a constant). */
    private static Crosswalk counties(Map<String, BlocVotes> special, Baseline baseline) {
        List<Place> from = special.entrySet().stream().map(e -> new Place(e.getKey(), COUNTY,
                e.getValue().total())).toList();
        List<Place> to = baseline.counties().stream().map(c -> new Place(c, COUNTY, baseline.county(c).total()))
                .toList();
        return Crosswalks.match(from, to, List.of(), 1.0);
    }

    static String countyOf(Election election, UnitTree tree, int unit) {
        int county = tree.ancestorAt(unit, UnitLevel.COUNTY);
        return county >= 0 ? election.units().get(county).name() : election.units().get(unit).name();
    }
}
