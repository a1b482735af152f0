package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ranked.BallotIdentities;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedSlice;
import org.bellwether.formats.cvr.CastVoteRecords;
import org.bellwether.formats.cvr.RankedPasses;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.bellwether.formats.cvr.RctabSummaryWriter;
import org.bellwether.store.CastVoteRecordImport;
import org.bellwether.store.ResultsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each precinct's and each batch's share of a ranked count, served from stored cast-vote records of RCTab's own
 * test elections with {@code tabulateByPrecinct} ({@code precinct_example}, Minneapolis's 2013 mayor) and
 * {@code tabulateByBatch} ({@code batch_example}): RCTab's expected per-precinct (per-batch) summary figure for figure,
 * and every slice as the command line writes it beside its summary.
 */
class SliceRoundsApiTest {

    private static final String P02 = "MINNEAPOLIS W-1 P-02";

    @TempDir
    static Path dir;

    private static ResultsServer precincts;
    private static ResultsServer batches;

    @BeforeAll
    static void serve() {
        precincts = stored("precinct.db", RankedNight.read(config("precinct_example"), "Precinct example"));
        batches = stored("batch.db", RankedNight.read(config("batch_example"), "Batch example"));
    }

    @AfterAll
    static void stop() {
        precincts.close();
        batches.close();
    }

    private static Path config(String name) {
        return RankedNight.RCTAB.resolve(name).resolve(name + "_config.json");
    }

    private static ResultsServer stored(String file, CastVoteRecordImport records) {
        String db = dir.resolve(file).toString();
        try (ResultsStore store = ResultsStore.open(db)) {
            store.importCastVoteRecords(records, "bellwether 0.1.0", Clock.fixed(RankedNight.T1, ZoneOffset.UTC));
        }
        return ResultsServer.start(db, ServeSettings.defaults(), l -> { });
    }

    private static String key(ResultsServer s) {
        return (String) JsonTree.object(JsonTree.parse(Http.get(s.port(), "/api/v1/elections").body()), "elections",
                "0").get("election");
    }

    private static String rounds(ResultsServer s) {
        return "/api/v1/elections/" + key(s) + "/contests/0/rounds";
    }

    /** The listing's entry for {@code name}. */
    private static Map<String, Object> listed(ResultsServer s, String name) {
        HttpResponse<String> r = Http.get(s.port(), rounds(s));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(OpenApi.problems("RoundsResponse", r.body())).isEmpty();
        return JsonTree.list(JsonTree.parse(r.body()), "slices", "list").stream().map(JsonTree::object)
                .filter(e -> e.get("name").equals(name)).findFirst().orElseThrow();
    }

    private static Object served(ResultsServer s, String url) {
        HttpResponse<String> r = Http.get(s.port(), url);
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        assertThat(OpenApi.problems("RoundsResponse", r.body())).isEmpty();
        return JsonTree.parse(r.body());
    }

    private static Object rctab(String name, String folder, String slice, String kind) throws Exception {
        Path file = RankedNight.RCTAB.resolve(name).resolve(folder).resolve(name + "_expected_"
                + slice.replace(' ', '_') + "_" + kind + "_detailed_report.json");
        return JsonTree.parse(Files.readString(file));
    }

    @Test
    void aPrecinctsRoundsAreRctabsOwnSummaryOfThatPrecinct() throws Exception {
        Map<String, Object> entry = listed(precincts, P02);
        String url = (String) entry.get("url");
        assertThat(url).isEqualTo("/api/v1/elections/" + key(precincts)
                + "/versions/1/contests/0/rounds/precincts/MINNEAPOLIS%20W-1%20P-02");
        Object body = served(precincts, url);
        assertThat(SliceFigures.differences(body, rctab("precinct_example", "Tabulate by Precinct", P02, "precinct")))
                .isEmpty();
        assertThat(JsonTree.object(body, "slice")).containsEntry("kind", "precinct").containsEntry("name", P02)
                .containsEntry("of", rounds(precincts).replace("/contests", "/versions/1/contests"));
        assertThat(JsonTree.object(body, "castVoteRecords").get("ballots")).isEqualTo(entry.get("ballots"))
                .isEqualTo(BigDecimal.ONE);
        assertThat(JsonTree.list(body, "elected")).isEqualTo(JsonTree.list(JsonTree.parse(Http.get(precincts.port(),
                rounds(precincts)).body()), "elected"));
    }

    @Test
    void aBatchsRoundsAreRctabsOwnSummaryOfThatBatch() throws Exception {
        String batch = "MINNEAPOLIS W-1 P-04";
        Object body = served(batches, (String) listed(batches, batch).get("url"));
        assertThat(SliceFigures.differences(body, rctab("batch_example", "Tabulate by Batch", batch, "batch")))
                .isEmpty();
        assertThat(JsonTree.object(body, "slice")).containsEntry("kind", "batch");
        HttpResponse<String> precinct = Http.get(batches.port(), rounds(batches)
                + "/precincts/MINNEAPOLIS%20W-1%20P-04");
        assertThat(precinct.statusCode()).isEqualTo(404);
        assertThat(OpenApi.problems("Error", precinct.body())).isEmpty();
        assertThat(JsonTree.object(JsonTree.parse(precinct.body())).get("error")).isEqualTo("contest 0 of "
                + key(batches) + " is counted by batch, not by precinct: GET " + rounds(batches)
                + " lists its batches at .../rounds/batches/NAME");
    }

    /**
     * Every precinct of Minneapolis's 2013 mayor (117, 33 rounds) as {@code rcv --format rctab-json} writes it, and
     * the bytes of all of them, built when first asked for, those the server built with every version before it
     * built them on request (their SHA-256 then, in the listing's order).
     */
    @Test
    void everyPrecinctIsWhatTheCommandLineWritesForIt() throws Exception {
        try (ResultsServer mayor = stored("mayor.db", RankedNight.whole())) {
            assertEverySliceAsTheCommandLineWritesIt(mayor, RankedNight.config(), RankedNight.whole().ballots(), 117,
                    "b65e2e5b27447c57f73950394df38f55f6f65a395f751f921d81be3ac5156656");
        }
        assertEverySliceAsTheCommandLineWritesIt(precincts, RctabConfigReader.read(config("precinct_example")),
                CastVoteRecords.read(RctabConfigReader.read(config("precinct_example"))), 58,
                "f264ad95a92eef268a11b24480da3195df4a44e977d2e13c2328acbf693dc8d5");
        assertEverySliceAsTheCommandLineWritesIt(batches, RctabConfigReader.read(config("batch_example")),
                CastVoteRecords.read(RctabConfigReader.read(config("batch_example"))), 58,
                "a7240914fc59ecf23ecb53c4f117f8cbda1a97f67af11fb367e0e94360dfae86");
    }

    /** {@code read}: the ballots as the command line reads them from the configuration's files. */
    private static void assertEverySliceAsTheCommandLineWritesIt(ResultsServer s, RctabConfig config,
            RankedBallots read, int expected, String sha256) throws Exception {
        java.security.MessageDigest bytes = java.security.MessageDigest.getInstance("SHA-256");
        RankedOutcome outcome = RankedPasses.count(read, config.rule(), "test", List.of()).get(0);
        RctabSummaryWriter.SliceKind kind = config.keptByBatch() ? RctabSummaryWriter.SliceKind.BATCH
                : RctabSummaryWriter.SliceKind.PRECINCT;
        Object whole = JsonTree.parse(Http.get(s.port(), rounds(s)).body());
        List<Object> list = JsonTree.list(whole, "slices", "list");
        assertThat(list).hasSize(expected).hasSameSizeAs(outcome.slices());
        assertThat(JsonTree.object(whole, "slices").get("kind")).isEqualTo(kind.key());
        long ballots = 0;
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> entry = JsonTree.object(list.get(i));
            RankedSlice slice = outcome.slices().get(i);
            assertThat(entry.get("name")).isEqualTo(slice.name());
            assertThat(entry.get("id")).isEqualTo(new BigDecimal(i));
            ByteArrayOutputStream cli = new ByteArrayOutputStream();
            RctabSummaryWriter.write(outcome, slice, kind, RctabSummaryWriter.Header.of(config, "Bellwether"), cli);
            Object body = served(s, (String) entry.get("url"));
            bytes.update(Http.get(s.port(), (String) entry.get("url")).body().getBytes(StandardCharsets.UTF_8));
            assertThat(SliceFigures.differences(body, JsonTree.parse(cli.toString(StandardCharsets.UTF_8))))
                    .as(slice.name()).isEmpty();
            assertThat(JsonTree.object(body, "castVoteRecords").get("ballots")).isEqualTo(new BigDecimal(
                    slice.ballots()));
            ballots += ((BigDecimal) entry.get("ballots")).longValue();
        }
        assertThat(ballots).as("every ballot in one slice").isEqualTo(outcome.ballots());
        assertThat(java.util.HexFormat.of().formatHex(bytes.digest())).as("every body's bytes").isEqualTo(sha256);
    }

    /**
     * A sequential count by precinct (RCTab's {@code sequential_with_batch}, three passes, with its configuration's
     * {@code tabulateByPrecinct} turned on): each precinct's share of every pass as the command line writes it for
     * that pass, and in every round of every pass the precincts' tallies add up to RCTab's summary of the pass.
     */
    @Test
    void aSequentialCountsPrecinctsAreEachPassAndAddUpToRctabsSummaryOfIt() throws Exception {
        Path source = RankedNight.RCTAB.resolve("sequential_with_batch");
        String text = Files.readString(source.resolve("sequential_with_batch_config.json"))
                .replace("\"tabulateByPrecinct\" : false", "\"tabulateByPrecinct\" : true")
                .replace("../_shared/", RankedNight.RCTAB.resolve("_shared").toAbsolutePath() + "/");
        assertThat(text).contains("\"tabulateByPrecinct\" : true");
        Path configFile = Files.writeString(dir.resolve("sequential_by_precinct_config.json"), text);
        RctabConfig config = RctabConfigReader.read(configFile);
        List<RankedOutcome> passes = RankedPasses.count(CastVoteRecords.read(config), config.rule(), "test", List.of());
        assertThat(passes).hasSize(3);
        try (ResultsServer s = stored("sequential.db", RankedNight.read(configFile, "Sequential by precinct"))) {
            List<Object> list = JsonTree.list(JsonTree.parse(Http.get(s.port(), rounds(s)).body()), "slices", "list");
            assertThat(list).hasSize(passes.get(0).slices().size()).hasSizeGreaterThan(1);
            List<Object> bodies = list.stream().map(e -> served(s, (String) JsonTree.object(e).get("url"))).toList();
            for (int p = 1; p <= passes.size(); p++) {
                RankedOutcome pass = passes.get(p - 1);
                for (int i = 0; i < bodies.size(); i++) {
                    ByteArrayOutputStream cli = new ByteArrayOutputStream();
                    RctabSummaryWriter.write(pass, pass.slices().get(i), RctabSummaryWriter.SliceKind.PRECINCT,
                            RctabSummaryWriter.Header.of(config, "Bellwether"), cli);
                    assertThat(SliceFigures.differences(bodies.get(i), p, JsonTree.parse(cli.toString(
                            StandardCharsets.UTF_8)))).as("pass " + p + ", " + pass.slices().get(i).name()).isEmpty();
                }
                List<Object> want = JsonTree.list(JsonTree.parse(Files.readString(source.resolve(
                        "sequential_with_batch_" + p + "_expected_detailed_report.json"))), "results");
                for (int r = 0; r < want.size(); r++) {
                    Map<String, BigDecimal> sum = new java.util.TreeMap<>();
                    for (Object body : bodies) {
                        for (Object t : JsonTree.list(body, "passes", String.valueOf(p - 1), "rounds", String.valueOf(r),
                                "tallies")) {
                            sum.merge((String) JsonTree.object(t).get("choice"), (BigDecimal) JsonTree.object(t)
                                    .get("votes"), BigDecimal::add);
                        }
                    }
                    Map<String, Object> tally = JsonTree.object(want.get(r), "tally");
                    assertThat(sum.keySet()).as("pass " + p + " round " + (r + 1)).isEqualTo(tally.keySet());
                    tally.forEach((name, v) -> assertThat(sum.get(name)).as(name).isEqualByComparingTo((String) v));
                }
            }
        }
    }

    /** precinct_example stored with precincts renamed as {@code names} says (old name to new). */
    private static ResultsServer renamed(String file, Map<String, String> names) {
        CastVoteRecordImport read = RankedNight.read(config("precinct_example"), "Renamed precincts");
        RankedBallots from = read.ballots();
        BallotIdentities who = from.identities().orElseThrow();
        RankedBallots.Builder out = RankedBallots.builder(from.contest(), from.undeclaredWriteIn().orElse(-1), true)
                .keepingIdentities();
        for (int b = 0; b < from.ballots(); b++) {
            int[] marks = from.marks(who.group(b));
            String precinct = who.precinctNames().get(who.precinct(b));
            out.add(marks, marks.length, names.getOrDefault(precinct, precinct), who.id(b), null, null);
        }
        return stored(file, new CastVoteRecordImport(read.electionName(), read.date(), read.sources(),
                read.ruleConfig(), out.build()));
    }

    /** A name with a space, a slash, a plus sign, a per cent sign and an accent is one percent-encoded segment. */
    @Test
    void aNameWithASlashIsOnePercentEncodedSegment() throws Exception {
        String name = "Ward 1/Precinct 2 + é 50%";
        try (ResultsServer renamed = renamed("renamed.db", Map.of(P02, name))) {
            String url = (String) listed(renamed, name).get("url");
            assertThat(url).endsWith("/rounds/precincts/Ward%201%2FPrecinct%202%20%2B%20%C3%A9%2050%25");
            Object body = served(renamed, url);
            assertThat(JsonTree.object(body, "slice").get("name")).isEqualTo(name);
            assertThat(SliceFigures.differences(body, rctab("precinct_example", "Tabulate by Precinct", P02,
                    "precinct"))).isEmpty();
            String latest = rounds(renamed) + "/precincts/Ward%201%2FPrecinct%202%20%2B%20%C3%A9%2050%25";
            assertThat(Http.get(renamed.port(), latest).body()).isEqualTo(Http.get(renamed.port(), url).body());
            // unencoded, the slash and the plus are the path's and the query's: another name, or none
            HttpResponse<String> raw = Http.get(renamed.port(), rounds(renamed) + "/precincts/Ward%201/Precinct%202");
            assertThat(raw.statusCode()).isEqualTo(404);
            assertThat(raw.body()).contains("no precinct 'Ward 1/Precinct 2' in contest 0");
        }
    }

    /**
     * A precinct without a name (a reader that finds none keeps it empty) is served at {@code @empty}; a precinct
     * really named {@code @empty} is at {@code %40empty}, and each gets its own figures.
     */
    @Test
    void aPrecinctWithoutANameIsServedAtTheReservedEmptyToken() throws Exception {
        String other = "MINNEAPOLIS W-10 P-02";
        try (ResultsServer renamed = renamed("unnamed.db", Map.of(P02, "", other, "@empty"))) {
            Map<String, Object> empty = listed(renamed, "");
            assertThat(empty.get("url")).isEqualTo("/api/v1/elections/" + key(renamed)
                    + "/versions/1/contests/0/rounds/precincts/@empty");
            Object body = served(renamed, (String) empty.get("url"));
            assertThat(JsonTree.object(body, "slice").get("name")).isEqualTo("");
            assertThat(JsonTree.object(body).get("url")).isEqualTo(empty.get("url"));
            assertThat(SliceFigures.differences(body, rctab("precinct_example", "Tabulate by Precinct", P02,
                    "precinct"))).isEmpty();
            assertThat(Http.get(renamed.port(), rounds(renamed) + "/precincts/@empty").body())
                    .isEqualTo(Http.get(renamed.port(), (String) empty.get("url")).body());
            Map<String, Object> named = listed(renamed, "@empty");
            assertThat((String) named.get("url")).endsWith("/rounds/precincts/%40empty");
            Object real = served(renamed, (String) named.get("url"));
            assertThat(JsonTree.object(real, "slice").get("name")).isEqualTo("@empty");
            assertThat(JsonTree.object(real, "castVoteRecords").get("ballots")).isEqualTo(named.get("ballots"));
            HttpResponse<String> blank = Http.get(renamed.port(), rounds(renamed) + "/precincts/");
            assertThat(blank.statusCode()).as("an empty segment names nothing").isEqualTo(404);
        }
        HttpResponse<String> none = Http.get(precincts.port(), rounds(precincts) + "/precincts/@empty");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("no precinct without a name in contest 0");
    }

    @Test
    void latestAndVersionedSliceRoundsHaveETagsAndAnswerNotModified() {
        String url = rounds(precincts) + "/precincts/MINNEAPOLIS%20W-1%20P-02";
        HttpResponse<String> r = Http.get(precincts.port(), url);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        int id = ((BigDecimal) listed(precincts, P02).get("id")).intValue();
        assertThat(etag).isEqualTo("\"" + key(precincts) + "-v1-rounds-0-precinct-" + id + "\"");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue(ResultsServer.LATEST);
        assertThat(Http.get(precincts.port(), url, "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<String> at = Http.get(precincts.port(), url.replace("/contests", "/versions/1/contests"));
        assertThat(at.body()).isEqualTo(r.body());
        assertThat(at.headers().firstValue("Cache-Control")).hasValue(ResultsServer.IMMUTABLE);
        assertThat(at.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void aSliceThatIsNotThereIsA404NamingWhatIs() {
        String base = rounds(precincts);
        String key = key(precincts);
        HttpResponse<String> none = Http.get(precincts.port(), base + "/precincts/NOWHERE");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(OpenApi.problems("Error", none.body())).isEmpty();
        assertThat(JsonTree.object(JsonTree.parse(none.body())).get("error")).isEqualTo("no precinct 'NOWHERE' in"
                + " contest 0 of " + key + "; it has 58 ('MINNEAPOLIS W-10 P-02', 'MINNEAPOLIS W-13 P-13',"
                + " 'MINNEAPOLIS W-6 P-03', 'MINNEAPOLIS W-3 P-02', 'MINNEAPOLIS W-6 P-08' and 53 more): GET " + base
                + " lists them, each with its URL");
        HttpResponse<String> kind = Http.get(precincts.port(), base + "/wards/" + "W1");
        assertThat(kind.statusCode()).isEqualTo(404);
        assertThat(kind.body()).contains("'wards' is not a slice of a count: precincts or batches");
        HttpResponse<String> contest = Http.get(precincts.port(), base.replace("/contests/0", "/contests/3")
                + "/precincts/W1");
        assertThat(contest.body()).contains("no contest 3 in " + key + " (it has 1, numbered from 0)");
        HttpResponse<String> version = Http.get(precincts.port(), base.replace("/contests", "/versions/7/contests")
                + "/precincts/W1");
        assertThat(version.statusCode()).isEqualTo(404);
        assertThat(version.body()).contains("version 7 is not a version of " + key);
        try (ResultsServer whole = stored("excluded.db", RankedNight.read(config("excluded_test"), "Excluded"))) {
            String rounds = rounds(whole);
            Object body = JsonTree.parse(Http.get(whole.port(), rounds).body());
            assertThat(JsonTree.object(body).get("slices")).isNull();
            HttpResponse<String> kept = Http.get(whole.port(), rounds + "/precincts/P1");
            assertThat(kept.statusCode()).isEqualTo(404);
            assertThat(OpenApi.problems("Error", kept.body())).isEmpty();
            assertThat(kept.body()).contains("contest 0 of " + key(whole) + " is not counted by precinct or by batch"
                    + " (its stored configuration asks for neither tabulateByPrecinct nor tabulateByBatch): GET "
                    + rounds + " gives the whole count");
        }
    }
}
