package org.bellwether.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bellwether.analysis.crosswalk.Crosswalk;
import org.bellwether.analysis.crosswalk.Crosswalks;
import org.bellwether.analysis.crosswalk.Match;
import org.bellwether.analysis.crosswalk.Place;
import org.bellwether.formats.geo.GeoFeature;
import org.bellwether.formats.geo.GeoJsonFile;
import org.bellwether.render.ChoiceLine;
import org.bellwether.render.ContestView;
import org.bellwether.render.LiveElection;
import org.bellwether.render.PrecinctMap;
import org.bellwether.analysis.baseline.Baseline;
import org.hipparchus.fraction.BigFraction;

/**
 * Precinct shapes from a GeoJSON layer ({@code CTYNAME} and {@code PRECINCT_N} name each shape, as in the GA-06
 * layer), matched to a contest's units by county and normalised name (the analyses' crosswalk), and each shape
 * coloured by its leader's margin; a precinct not yet in is shown as such. The match is made once per set of units.
 */
public final class GeoShapes implements PrecinctShapes {

    static final String NOT_IN = "#e4e4e4";
    static final String NO_RESULTS = "#ffffff";

    static final String NO_BASELINE = "#cccccc";

    private final List<GeoFeature> features;
    private final PrecinctMap.Outlines shapes;
    private final Map<List<String>, Map<Integer, Integer>> matches = new ConcurrentHashMap<>();
    private final Optional<BaselineSwing> baseline;

    private GeoShapes(List<GeoFeature> features, PrecinctMap.Outlines shapes, Optional<BaselineSwing> baseline) {
        this.features = List.copyOf(features);
        this.shapes = shapes;
        this.baseline = baseline;
    }

    public static GeoShapes read(Path geojson) {
        List<GeoFeature> features = GeoJsonFile.read(geojson);
        return new GeoShapes(features, PrecinctMap.outlines(features.stream().map(f -> new PrecinctMap.Shape(
                f.property("CTYNAME"), f.rings())).toList()), Optional.empty());
    }

    /** The same shapes, with a second map coloured by swing from {@code b} (a baseline of the analyses). */
    public GeoShapes withBaseline(Baseline b) {
        return new GeoShapes(features, shapes, Optional.of(new BaselineSwing(b)));
    }

    @Override
    public Optional<LiveElection.SwingMap> swingMap(ContestView contest) {
        if (baseline.isEmpty() || !contest.reporting().level().equals("precinct") || contest.byUnit().isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, PrecinctMap.Fill> fills = new HashMap<>();
        unitsOf(contest).forEach((shape, unit) -> {
            ContestView.UnitLine u = contest.byUnit().get(unit);
            String place = u.county() + " / " + u.name();
            fills.put(shape, !u.reported() ? new PrecinctMap.Fill(NOT_IN, place + ": not reported yet")
                    : baseline.get().swing(contest, unit).map(s -> new PrecinctMap.Fill(PrecinctMap.colour(
                            s.swing().doubleValue() * 100), s.title())).orElse(new PrecinctMap.Fill(NO_BASELINE,
                                    place + ": no " + baseline.get().label() + " result for this precinct")));
        });
        return Optional.of(new LiveElection.SwingMap(baseline.get().label(), PrecinctMap.svg("live-swing-map",
                "Swing from " + baseline.get().label() + " by precinct", shapes, fills, new PrecinctMap.Fill(
                        NO_RESULTS, "no results for this shape"))));
    }

    private Map<Integer, Integer> unitsOf(ContestView contest) {
        return matches.computeIfAbsent(contest.byUnit().stream().map(ContestView.UnitLine::id).toList(),
                ids -> match(contest.byUnit()));
    }

    @Override
    public Optional<String> map(ContestView contest) {
        if (!contest.reporting().level().equals("precinct") || contest.byUnit().isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, PrecinctMap.Fill> fills = new HashMap<>();
        unitsOf(contest).forEach((shape, unit) -> fills.put(shape, fill(contest, contest.byUnit().get(unit))));
        return Optional.of(PrecinctMap.svg("live-map", "Leader's margin by precinct", shapes, fills,
                new PrecinctMap.Fill(NO_RESULTS, "no results for this shape")));
    }

    /** Shape index to unit index. */
    private Map<Integer, Integer> match(List<ContestView.UnitLine> units) {
        List<Place> from = new ArrayList<>();
        Map<Place, Integer> shapeIndex = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            GeoFeature f = features.get(i);
            if (!f.property("CTYNAME").isEmpty()) {
                Place p = new Place(f.property("CTYNAME"), f.property("PRECINCT_N"), BigFraction.ZERO);
                from.add(p);
                shapeIndex.put(p, i);
            }
        }
        Map<Place, Integer> unitIndex = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            unitIndex.put(new Place(units.get(i).county(), units.get(i).name(), BigFraction.ZERO), i);
        }
        List<Place> to = unitIndex.keySet().stream().sorted(Comparator.comparing(Place::county)
                .thenComparing(Place::name)).toList();
        Crosswalk walk = Crosswalks.match(from, to, List.of(), Crosswalks.DEFAULT_THRESHOLD);
        Map<Integer, Integer> m = new HashMap<>();
        for (Match x : walk.matches()) {
            m.put(shapeIndex.get(x.from()), unitIndex.get(x.to()));
        }
        return m;
    }

    private static PrecinctMap.Fill fill(ContestView c, ContestView.UnitLine u) {
        String place = u.county() + " / " + u.name();
        if (!u.reported()) {
            return new PrecinctMap.Fill(NOT_IN, place + ": not reported yet");
        }
        List<ChoiceLine> byVotes = c.choices().stream()
                .sorted(Comparator.comparingLong((ChoiceLine ch) -> -u.votes().get(ch.index()))).toList();
        long total = u.total();
        long first = u.votes().get(byVotes.get(0).index());
        long second = byVotes.size() > 1 ? u.votes().get(byVotes.get(1).index()) : 0;
        double margin = total == 0 ? 0 : 100.0 * (first - second) / total;
        StringBuilder title = new StringBuilder(place).append(':');
        for (ChoiceLine ch : byVotes) {
            title.append(' ').append(ch.name()).append(' ').append(String.format(Locale.ROOT, "%,d",
                    u.votes().get(ch.index()))).append(',');
        }
        title.setLength(title.length() - 1);
        title.append(first == second ? "; tied" : "; " + byVotes.get(0).name() + " leads by "
                + String.format(Locale.ROOT, "%.1f", margin) + " points");
        return new PrecinctMap.Fill(first == second ? NOT_IN : PrecinctMap.leadColour(byVotes.get(0).party()
                .orElse(""), margin), title.toString());
    }
}
