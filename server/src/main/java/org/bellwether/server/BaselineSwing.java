package org.bellwether.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.Points;
import org.bellwether.analysis.baseline.Baseline;
import org.bellwether.analysis.baseline.UnitShare;
import org.bellwether.analysis.crosswalk.Crosswalk;
import org.bellwether.analysis.crosswalk.Crosswalks;
import org.bellwether.analysis.crosswalk.Match;
import org.bellwether.analysis.crosswalk.Place;
import org.bellwether.analysis.swing.SwingRow;
import org.bellwether.core.UnitLevel;
import org.bellwether.render.ChoiceLine;
import org.bellwether.render.ContestView;
import org.hipparchus.fraction.BigFraction;

/**
 * Each live precinct against the same precinct in a baseline (the analyses' baselines: {@code analyze swing}'s
 * President 2016 for GA-06): the swing is the margin now minus the baseline's, all-party, Republican minus
 * Democratic, as in {@link SwingRow}. Live choices count for a bloc by their party label. Precincts are paired by
 * the analyses' crosswalk, county by county (county names compared without {@code County}), once per set of units.
 */
final class BaselineSwing {

    private final Baseline baseline;
    private final List<Place> places = new ArrayList<>();
    private final Map<Place, BlocVotes> votes = new HashMap<>();
    private final Map<List<String>, Map<Integer, Place>> matches = new ConcurrentHashMap<>();

    BaselineSwing(Baseline baseline) {
        this.baseline = baseline;
        for (UnitShare u : baseline.units()) {
            if (u.level() == UnitLevel.PRECINCT) {
                Place p = new Place(county(u.county()), u.name(), u.votes().total());
                places.add(p);
                votes.put(p, u.votes());
            }
        }
        places.sort(Comparator.comparing(Place::county).thenComparing(Place::name));
    }

    String label() {
        return baseline.label();
    }

    /** The unit's swing, a fraction of 1; empty when it has no votes yet or no baseline precinct. */
    Optional<Shade> swing(ContestView c, int unit) {
        Place base = matches.computeIfAbsent(c.byUnit().stream().map(ContestView.UnitLine::id).toList(),
                ids -> match(c.byUnit())).get(unit);
        ContestView.UnitLine u = c.byUnit().get(unit);
        if (base == null || u.total() == 0) {
            return Optional.empty();
        }
        SwingRow row = new SwingRow(u.county(), u.name(), blocs(c, u), votes.get(base));
        return Optional.of(new Shade(row.swing(), u.county() + " / " + u.name() + ": margin "
                + Points.signed(row.special().margin(), 1) + " now, " + Points.signed(row.baseline().margin(), 1)
                + " in " + baseline.label() + " (" + base.name() + "): swing " + Points.signed(row.swing(), 1)
                + " points"));
    }

    /** A swing and the tooltip that says it. */
    record Shade(BigFraction swing, String title) {
    }

    private static BlocVotes blocs(ContestView c, ContestView.UnitLine u) {
        long r = 0;
        long d = 0;
        long other = 0;
        for (ChoiceLine ch : c.choices()) {
            long n = u.votes().get(ch.index());
            String party = ch.party().orElse("").toUpperCase(Locale.ROOT);
            if (party.startsWith("REP") || party.equals("R")) {
                r += n;
            } else if (party.startsWith("DEM") || party.equals("D")) {
                d += n;
            } else {
                other += n;
            }
        }
        return BlocVotes.of(r, d, other);
    }

    private Map<Integer, Place> match(List<ContestView.UnitLine> units) {
        List<Place> live = new ArrayList<>();
        Map<Place, Integer> index = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Place p = new Place(county(units.get(i).county()), units.get(i).name(), BigFraction.ZERO);
            live.add(p);
            index.put(p, i);
        }
        live.sort(Comparator.comparing(Place::county).thenComparing(Place::name));
        Crosswalk walk = Crosswalks.match(live, places, List.of(), Crosswalks.DEFAULT_THRESHOLD);
        Map<Integer, Place> m = new HashMap<>();
        for (Match x : walk.matches()) {
            m.put(index.get(x.from()), x.to());
        }
        return m;
    }

    private static String county(String name) {
        String n = name.strip();
        return n.toLowerCase(Locale.ROOT).endsWith(" county") ? n.substring(0, n.length() - " county".length()) : n;
    }
}
