package org.bellwether.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.LeanTable;
import org.bellwether.analysis.crosswalk.Crosswalk;
import org.bellwether.analysis.crosswalk.Crosswalks;
import org.bellwether.analysis.crosswalk.Match;
import org.bellwether.analysis.crosswalk.Place;
import org.bellwether.analysis.cycle.CycleDistribution;
import org.bellwether.analysis.cycle.EnvironmentEstimate;
import org.bellwether.analysis.cycle.Placement;
import org.bellwether.analysis.flows.FlowUnit;
import org.bellwether.analysis.house.HouseForecast;
import org.bellwether.analysis.house.HouseOptions;
import org.bellwether.analysis.house.HouseSimulation;
import org.bellwether.analysis.specials.OverPerformance;
import org.bellwether.analysis.specials.SpecialResult;
import org.bellwether.analysis.swing.Swing;
import org.bellwether.analysis.swing.SwingRow;
import org.bellwether.analysis.swing.Swings;
import org.bellwether.formats.InputException;
import org.bellwether.formats.geo.GeoFeature;
import org.bellwether.formats.geo.GeoJsonFile;
import org.bellwether.formats.specials.PublishedSpecial;
import org.bellwether.render.Cell;
import org.bellwether.render.CycleChart;
import org.bellwether.render.FlowDiagram;
import org.bellwether.render.PrecinctMap;
import org.bellwether.render.ReportPage;
import org.bellwether.render.SwingChart;
import org.bellwether.render.Table;
import org.hipparchus.fraction.BigFraction;

/**
 * Assembles the HTML report from the analyses, in reading order: the answer, each special's result, the swing and
 * the map, the vote flows, the cycle's distribution, the House; provenance last, folded.
 */
final class ReportSections {

    static final String TITLE = "Was Georgia's 6th a bellwether? The 2017-18 special elections and the House";

    private final AnalysisRun run;
    private final OverPerformance op;
    private final LeanTable leans;
    private final CycleRun cycle;
    private final HouseOptions options;
    private final EnvironmentEstimate estimate;
    private final HouseForecast house;

    ReportSections(AnalysisRun run, LeanTable leans, CycleRun cycle, HouseOptions options) {
        this.run = run;
        this.leans = leans;
        this.op = run.overPerformance(leans);
        this.cycle = cycle;
        this.options = options;
        this.estimate = cycle.estimate();
        this.house = HouseSimulation.run(leans.leans(), estimate.environment(), options);
    }

    String page(String mapSpecial, String mapBaseline, Path shapes, double threshold) {
        ReportPage page = new ReportPage(TITLE);
        page.lede("lede", lede());
        page.section("The results", "Each special election as counted, under its own rule.")
                .cards(run.specials.stream().map(ReportResults::card).toList());
        page.section("Against the baselines", "Margins are Republican minus Democratic in points: negative"
                + " numbers favour Democrats. Each special's swing from " + mapBaseline + " inside its district,"
                + " and its over-performance against the district's partisan lean.")
                .svg(SwingChart.svg(op.rows(), mapBaseline))
                .table(compactSpecials(mapBaseline))
                .folded("Every baseline, and the vote shares", SpecialsTables.overPerformance(op, run.specials));
        map(page, mapSpecial, mapBaseline, shapes, threshold);
        flows(page);
        ReportOutlook outlook = new ReportOutlook(op, leans, cycle, options, estimate, house);
        outlook.cycle(page);
        outlook.house(page);
        AnalysisReport report = run.report(TITLE, List.of(), Methods.REPORT);
        return page.footer(report.notes(), report.inputs().stream().map(f -> new ReportPage.Source(f.path(),
                f.sha256())).toList(), report.version()).toString();
    }

    /** The page's answer, from the figures below it. */
    private String lede() {
        CycleDistribution held = cycle.asOfCutoff();
        Optional<PublishedSpecial> ga = cycle.table.stream().filter(p -> p.label().equals("GA 6th CD")).findFirst();
        StringBuilder b = new StringBuilder();
        run.specials.stream().filter(s -> s.name().equals("GA-06 runoff")).findFirst()
                .ifPresent(s -> b.append("GA-06's runoff: ").append(ReportResults.sentence(ReportResults.outcome(s)))
                        .append(' '));
        ga.ifPresent(p -> {
            Placement place = held.place(p.label(), CycleRun.special(p).environment());
            b.append("Against the district's partisan lean the Democrat ran ").append(p.demOverLean().toPlainString())
                    .append(" points ahead (FiveThirtyEight), ").append(place.rank()).append(" of the cycle's ")
                    .append(place.of()).append(" contests from the Democratic end: close to their median (")
                    .append(CycleChart.signedPoints(held.overall().median().doubleValue())).append(") and behind their average (")
                    .append(CycleChart.signedPoints(held.overall().mean().doubleValue())).append("). ");
        });
        b.append("The specials held by ").append(cycle.cutoff).append(" imply a national House environment of ")
                .append(CycleChart.signedPoints(estimate.mean())).append(" (80%: ")
                .append(CycleChart.signedPoints(estimate.low80())).append(" to ")
                .append(CycleChart.signedPoints(estimate.high80())).append(") and ")
                .append(Math.round(house.meanDemocratic())).append(" Democratic seats (80%: ")
                .append(house.districts() - house.high()).append(" to ").append(house.districts() - house.low())
                .append("; 218 is a majority).");
        return b.toString();
    }

    private Table compactSpecials(String baseline) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SpecialResult r : op.rows()) {
            rows.add(List.of(Cell.text(r.name() + (op.earlierRounds().contains(r.name()) ? " *" : "")),
                    Cell.votes(r.votes().total()), Cell.points(r.votes().margin()),
                    r.swingFrom(baseline).map(Cell::pointsValue).orElse(Cell.empty()),
                    r.lean().map(l -> Cell.pointsValue(l.points())).orElse(Cell.empty()),
                    r.overPerformance().map(Cell::pointsValue).orElse(Cell.empty())));
        }
        rows.add(List.of(Cell.text("average"), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(),
                op.simpleAverage().map(Cell::pointsValue).orElse(Cell.empty())));
        rows.add(List.of(Cell.text("turnout-weighted"), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(),
                op.weightedAverage().map(Cell::pointsValue).orElse(Cell.empty())));
        List<String> notes = new ArrayList<>(List.of("lean: " + op.leanSource()));
        if (!op.earlierRounds().isEmpty()) {
            notes.add(0, "* a first round: shown, but each contest counts once in the averages (by its runoff)");
        }
        return new Table("specials-summary", "Specials against their baselines", List.of("special", "votes",
                "margin", "swing from " + baseline, "lean", "over-performance"), rows, notes);
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
        page.section("Precinct map: " + name + " against " + baseline, "Each precinct's swing: the runoff's"
                + " margin minus the 2016 margin in the same precinct.").svg(PrecinctMap.svg(features.stream()
                        .map(f -> new PrecinctMap.Shape(f.property("CTYNAME"), f.rings())).toList(), shades))
                .raw(PrecinctMap.legend());
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
