package org.bellwether.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.Points;
import org.bellwether.analysis.crosswalk.Crosswalk;
import org.bellwether.analysis.crosswalk.Crosswalks;
import org.bellwether.analysis.crosswalk.Match;
import org.bellwether.analysis.crosswalk.Place;
import org.bellwether.analysis.flows.FlowUnit;
import org.bellwether.analysis.house.HouseForecast;
import org.bellwether.analysis.specials.OverPerformance;
import org.bellwether.analysis.specials.SpecialResult;
import org.bellwether.analysis.swing.Swing;
import org.bellwether.analysis.swing.SwingRow;
import org.bellwether.analysis.swing.Swings;
import org.bellwether.formats.InputException;
import org.bellwether.formats.geo.GeoFeature;
import org.bellwether.formats.geo.GeoJsonFile;
import org.bellwether.render.FlowDiagram;
import org.bellwether.render.PrecinctMap;
import org.bellwether.render.ReportPage;
import org.bellwether.render.SeatCurveChart;
import org.bellwether.render.SwingChart;
import org.hipparchus.fraction.BigFraction;

/** Assembles the HTML report's sections from the analyses, in reading order. */
final class ReportSections {

    static final String TITLE = "Was Georgia's 6th a bellwether? The 2017 House special elections";

    private final AnalysisRun run;
    private final OverPerformance op;
    private final HouseForecast house;
    private final String leanSource;

    ReportSections(AnalysisRun run, OverPerformance op, HouseForecast house, String leanSource) {
        this.run = run;
        this.op = op;
        this.house = house;
        this.leanSource = leanSource;
    }

    String page(String mapSpecial, String mapBaseline, Path shapes, double threshold) {
        ReportPage page = new ReportPage(TITLE);
        headlines(page, mapSpecial, mapBaseline);
        page.section("Special elections against their baselines", "Margins are Republican minus Democratic in"
                + " points: negative numbers favour Democrats.").table(SpecialsTables.overPerformance(op,
                        run.specials));
        page.section("Swing per special", "Each special's swing from " + mapBaseline + " inside its district,"
                + " and its over-performance against the district's partisan lean.")
                .svg(SwingChart.svg(op.rows(), mapBaseline))
                .note("upper bar of each special: swing from " + mapBaseline + "; lower bar: against partisan lean");
        map(page, mapSpecial, mapBaseline, shapes, threshold);
        flows(page);
        page.section("What it implies for the House", "Republican seats by national environment; green lines"
                + " mark the environment each special implies (one beyond D+15 is drawn at the edge).").svg(SeatCurveChart.svg(house.curve(), op.rows()))
                .note("red: expected seats with district noise; grey dashed: uniform swing; dotted: majority")
                .table(HouseTables.forecast(house, leanSource));
        AnalysisReport report = run.report(TITLE, List.of(), Methods.SPECIALS);
        return page.footer(report.notes(), report.inputs().stream().map(f -> new ReportPage.Source(f.path(),
                f.sha256())).toList(), report.version()).toString();
    }

    private void headlines(ReportPage page, String name, String baseline) {
        SpecialResult r = op.rows().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no special named '" + name + "'"));
        page.headline("headline-special", name + ": margin " + Points.signed(r.votes().margin(), 2)
                + "; swing from " + baseline + " " + r.swingFrom(baseline).map(ReportSections::points).orElse("n/a")
                + "; against partisan lean " + r.overPerformance().map(ReportSections::points).orElse("n/a") + ".");
        page.headline("headline-average", "Average over-performance of the " + op.rows().size() + " specials: "
                + op.simpleAverage().map(ReportSections::points).orElse("n/a") + " (simple), "
                + op.weightedAverage().map(ReportSections::points).orElse("n/a") + " (turnout-weighted).");
        page.headline("headline-house", "Implied House: " + house.low() + " to " + house.high()
                + " Republican seats (80% interval), " + (house.districts() - house.high()) + " to "
                + (house.districts() - house.low()) + " Democratic.");
    }

    private static String points(BigFraction pointsValue) {
        return Points.signed(pointsValue.divide(100), 2);
    }

    private void map(ReportPage page, String name, String baseline, Path shapes, double threshold) {
        LoadedSpecial special = run.specials.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        LoadedSpecial.LoadedBaseline base = special.baselines().stream().filter(b -> b.baseline().label()
                .equals(baseline)).findFirst().orElseThrow(() -> new InputException(special.spec().file()
                        .toString(), "", "no baseline labelled '" + baseline + "'"));
        Swing swing = Swings.compute(name, special.votes(), base.baseline(), special.declared(), threshold);
        List<GeoFeature> features = GeoJsonFile.read(shapes);
        run.log.add(shapes);
        Map<Integer, PrecinctMap.Shade> shades = shades(features, swing.precincts(), threshold);
        page.section("Precinct map: " + name + " against " + baseline, "Each precinct's swing, the runoff's"
                + " margin minus the 2016 margin in the same precinct.").svg(PrecinctMap.svg(features.stream()
                        .map(f -> new PrecinctMap.Shape(f.rings())).toList(), shades));
        ReportPage.legend().forEach(page::note);
        page.note(shades.size() + " of " + features.size() + " shapes matched to a precinct with results"
                + " (by county and normalised name).");
    }

    private static Map<Integer, PrecinctMap.Shade> shades(List<GeoFeature> features, List<SwingRow> rows,
            double threshold) {
        List<Place> shapes = new ArrayList<>();
        Map<Place, Integer> index = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            GeoFeature f = features.get(i);
            if (!f.property("CTYNAME").isEmpty()) {
                Place p = new Place(f.property("CTYNAME"), f.property("PRECINCT_N"), BigFraction.ZERO);
                shapes.add(p);
                index.put(p, i);
            }
        }
        Map<Place, SwingRow> byPlace = new HashMap<>();
        rows.forEach(r -> byPlace.put(new Place(r.county(), r.unit(), r.special().total()), r));
        Crosswalk walk = Crosswalks.match(shapes, List.copyOf(byPlace.keySet()).stream().sorted(
                java.util.Comparator.comparing(Place::county).thenComparing(Place::name)).toList(), List.of(),
                threshold);
        Map<Integer, PrecinctMap.Shade> shades = new HashMap<>();
        for (Match m : walk.matches()) {
            SwingRow r = byPlace.get(m.to());
            shades.put(index.get(m.from()), new PrecinctMap.Shade(r.county() + " " + r.unit(), r.swing()));
        }
        return shades;
    }

    private void flows(ReportPage page) {
        for (LoadedSpecial s : run.specials) {
            s.spec().flows().ifPresent(f -> {
                List<FlowUnit> units = AnalyzeFlowsCommand.units(s, f, run.loader());
                BlocVotes first = units.stream().map(FlowUnit::first).reduce(BlocVotes.ZERO, BlocVotes::plus);
                BlocVotes second = units.stream().map(FlowUnit::second).reduce(BlocVotes.ZERO, BlocVotes::plus);
                page.section("Vote flows into " + s.name(), "Round 1's blocs beside the runoff's. The totals"
                        + " settle only floors: votes beyond a bloc's round-1 size came from outside it. Which"
                        + " voters moved where is not identified by county and vote-type counts (analyze flows"
                        + " gives the bounds and the ecological regression).").svg(FlowDiagram.svg(first, second));
            });
        }
    }
}
