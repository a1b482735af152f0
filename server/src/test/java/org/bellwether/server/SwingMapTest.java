package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.analysis.Bloc;
import org.bellwether.analysis.BlocRule;
import org.bellwether.analysis.baseline.Allocation;
import org.bellwether.analysis.baseline.Baseline;
import org.bellwether.analysis.baseline.Boundary;
import org.bellwether.analysis.baseline.DistrictBaselines;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.core.rule.MajorityRunoff;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live map's second colouring: each GA-06 precinct's margin on the replayed runoff night against the same
 * precinct's 2016 presidential margin (the baseline {@code analyze swing} uses, from the 2016 precinct files),
 * chosen by a radio button beside the leader's-margin map.
 */
class SwingMapTest {

    @TempDir
    Path dir;

    /** President 2016 inside GA-06, by precinct, as examples/specials/ga06-2017-runoff.properties declares it. */
    static Baseline president2016() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String county : List.of("cobb", "dekalb", "fulton")) {
            files.add(SharedData.file("ga-baseline/2016-precinct/20161108__ga__general__" + county + "__precinct.csv"));
        }
        Election e = Readers.standard().read(files, ReadOptions.DEFAULT);
        return DistrictBaselines.compute("President 2016", e, e.contestIndex("President of the United States"),
                new Boundary.HouseDistrict("U.S. Representative, District 6", new Allocation.Proportional()),
                new BlocRule(Map.of("DONALD J. TRUMP", Bloc.REPUBLICAN, "HILLARY CLINTON", Bloc.DEMOCRATIC)));
    }

    @Test
    void eachReportedPrecinctIsShadedByItsSwingFromPresident2016() throws IOException {
        String db = dir.resolve("night.db").toString();
        try (FeedServer feeds = new FeedServer()) {
            NightStore.fill(db, feeds, 3, dir.resolve("cache"));
        }
        GeoShapes shapes = GeoShapes.read(SharedData.file("ga06-2017/shapes/GA06_Precincts.geojson"))
                .withBaseline(president2016());
        try (ResultsServer server = ResultsServer.start(db, ServeSettings.defaults().withRules(ContestRules.always(
                MajorityRunoff.georgia())).withShapes(shapes), l -> { })) {
            String key = NightStore.key(db);
            String last = Http.get(server.port(), "/elections/" + key + "/versions/3/results.html").body();
            assertThat(last).contains("<input type=\"radio\" name=\"map-mode\" id=\"map-by-margin\" checked>",
                    "<label for=\"map-by-swing\">Swing from President 2016</label>", "id=\"live-swing-map\"",
                    "<svg class=\"key\"").doesNotContain("style=");
            String swingMap = last.substring(last.indexOf("id=\"live-swing-map\""));
            Matcher m = Pattern.compile("<title>([^<]+): margin ([+-]?[0-9.]+) now, ([+-]?[0-9.]+) in President 2016"
                    + " \\(([^)]+)\\): swing ([+-]?[0-9.]+) points</title>").matcher(swingMap);
            int shaded = 0;
            int towardDemocrats = 0;
            while (m.find()) {
                shaded++;
                double now = Double.parseDouble(m.group(2));
                double then = Double.parseDouble(m.group(3));
                double swing = Double.parseDouble(m.group(5));
                assertThat(swing).as(m.group(1)).isCloseTo(now - then, org.assertj.core.data.Offset.offset(0.11));
                towardDemocrats += swing < 0 ? 1 : 0;
            }
            assertThat(shaded).as("precincts matched to both the runoff and 2016").isGreaterThan(150);
            // Handel ran ahead of Trump's 2016 margin district-wide (+1.5 then, +3.8 on election night), but not
            // everywhere: precincts swing both ways, which is what the map is for.
            assertThat(towardDemocrats).as("of %d", shaded).isBetween(20, shaded - 20);
            String first = Http.get(server.port(), "/elections/" + key + "/versions/1/results.html").body();
            String firstSwing = first.substring(first.indexOf("id=\"live-swing-map\""));
            assertThat(firstSwing).contains(": not reported yet</title>");
        }
    }
}
