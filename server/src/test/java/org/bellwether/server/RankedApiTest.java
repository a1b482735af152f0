package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ranked.InactiveCause;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.store.ThrowawayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ranked-choice contest served from stored cast-vote records (Minneapolis's 2013 mayor, RCTab's real test
 * election), counted under the configuration it was stored with: every response checked against the OpenAPI
 * document, every round against RCTab's own expected summary.
 */
class RankedApiTest {

    @TempDir
    static Path dir;

    private static ResultsServer server;
    private static String key;

    @BeforeAll
    static void serve() {
        String db = dir.resolve("ranked.db").toString();
        RankedNight.storeFirst(db);
        RankedNight.storeWhole(db);
        server = ResultsServer.start(db, ServeSettings.defaults(), l -> { });
        Object elections = JsonTree.parse(get("/api/v1/elections").body());
        key = (String) JsonTree.object(elections, "elections", "0").get("election");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String... headers) {
        return Http.get(server.port(), path, headers);
    }

    private static Map<String, BigDecimal> tallies(List<Object> rows) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Object row : rows) {
            Map<String, Object> r = JsonTree.object(row);
            m.put((String) r.get("choice"), (BigDecimal) r.get("votes"));
        }
        return m;
    }

    private static Map<String, BigDecimal> decimals(Map<String, Object> expected) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        expected.forEach((k, v) -> m.put(k, new BigDecimal((String) v)));
        return m;
    }

    private static long storedRankings(long version) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ranked.db"));
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM cvr_ranking WHERE version = " + version)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyRoundIsRctabsOwnSummaryOfTheElection() throws Exception {
        HttpResponse<String> r = get("/api/v1/elections/" + key + "/contests/0/rounds");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(OpenApi.problems("RoundsResponse", r.body())).isEmpty();
        Object body = JsonTree.parse(r.body());
        Object expected = JsonTree.parse(Files.readString(RankedNight.EXPECTED));
        List<Object> want = JsonTree.list(expected, "results");
        List<Object> rounds = JsonTree.list(body, "passes", "0", "rounds");
        assertThat(rounds).hasSize(33).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            Map<String, Object> ours = JsonTree.object(rounds.get(i));
            Map<String, Object> theirs = JsonTree.object(want.get(i));
            assertThat(tallies(JsonTree.list(ours, "tallies"))).as("round " + (i + 1))
                    .containsExactlyInAnyOrderEntriesOf(decimals(JsonTree.object(theirs, "tally")));
            assertThat((BigDecimal) ours.get("threshold")).isEqualByComparingTo((String) theirs.get("threshold"));
            Map<String, Object> inactive = JsonTree.object(ours, "inactive");
            for (var cause : decimals(JsonTree.object(theirs, "inactiveBallots")).entrySet()) {
                assertThat((BigDecimal) inactive.get(cause.getKey())).as("round " + (i + 1) + " " + cause.getKey())
                        .isEqualByComparingTo(cause.getValue());
            }
        }
        Map<String, Object> first = JsonTree.object(rounds.get(0), "decisions", "0");
        assertThat(first.get("choice")).isEqualTo("Undeclared Write-ins");
        assertThat(first.get("decision")).isEqualTo("eliminated");
        assertThat((String) first.get("reason")).isNotBlank();
        Map<String, BigDecimal> moved = new LinkedHashMap<>();
        for (Object t : JsonTree.list(first, "transfers")) {
            moved.put((String) JsonTree.object(t).get("to"), (BigDecimal) JsonTree.object(t).get("votes"));
        }
        assertThat(moved).containsExactlyInAnyOrderEntriesOf(decimals(JsonTree.object(want.get(0), "tallyResults",
                "0", "transfers")));
        Map<String, Object> last = JsonTree.object(rounds.get(32), "decisions", "0");
        assertThat(last.get("choice")).isEqualTo("BETSY HODGES");
        assertThat(last.get("decision")).isEqualTo("elected");
        assertThat(JsonTree.list(body, "elected")).containsExactly("BETSY HODGES");
        Map<String, Object> cvr = JsonTree.object(body, "castVoteRecords");
        assertThat(cvr.get("ballots")).isEqualTo(new BigDecimal(80_101));
        assertThat((BigDecimal) cvr.get("noRankings")).isEqualByComparingTo("639");
        // the store keeps each distinct ranking once (its groups are by ranking and precinct: 33,179)
        assertThat(((BigDecimal) cvr.get("distinctRankings")).longValue()).isEqualTo(storedRankings(2))
                .isLessThan(RankedNight.whole().ballots().groups());
        assertThat(JsonTree.object(body).get("rule")).isEqualTo(RankedNight.config().rule().describe());
        assertThat(JsonTree.object(body, "status").get("words")).isEqualTo("BETSY HODGES elected");
        assertThat(JsonTree.object(body).get("seats")).isEqualTo(BigDecimal.ONE);
    }

    /** Minneapolis's 2013 park board at large, three seats by single transferable vote with fractional transfers. */
    @Test
    void aMultiSeatCountIsServedRoundByRoundAsRctabCountsIt() throws Exception {
        String db = dir.resolve("park.db").toString();
        Path config = RankedNight.RCTAB.resolve("2013_minneapolis_park/2013_minneapolis_park_config.json");
        try (var store = org.bellwether.store.ResultsStore.open(db)) {
            store.importCastVoteRecords(RankedNight.read(config, "Minneapolis Park Board 2013"), "bellwether 0.1.0",
                    java.time.Clock.fixed(RankedNight.T1, java.time.ZoneOffset.UTC));
        }
        try (ResultsServer park = ResultsServer.start(db, ServeSettings.defaults(), l -> { })) {
            String election = (String) JsonTree.object(JsonTree.parse(Http.get(park.port(), "/api/v1/elections")
                    .body()), "elections", "0").get("election");
            HttpResponse<String> r = Http.get(park.port(), "/api/v1/elections/" + election + "/contests/0/rounds");
            assertThat(OpenApi.problems("RoundsResponse", r.body())).isEmpty();
            Object body = JsonTree.parse(r.body());
            Object expected = JsonTree.parse(Files.readString(config.resolveSibling(
                    "2013_minneapolis_park_expected_detailed_report.json")));
            List<Object> want = JsonTree.list(expected, "results");
            List<Object> rounds = JsonTree.list(body, "passes", "0", "rounds");
            assertThat(rounds).hasSameSizeAs(want);
            for (int i = 0; i < want.size(); i++) {
                Map<String, BigDecimal> ours = tallies(JsonTree.list(JsonTree.object(rounds.get(i)), "tallies"));
                Map<String, BigDecimal> theirs = decimals(JsonTree.object(want.get(i), "tally"));
                assertThat(ours.keySet()).as("round " + (i + 1)).containsExactlyInAnyOrderElementsOf(theirs.keySet());
                theirs.forEach((name, v) -> assertThat(ours.get(name)).as(name).isEqualByComparingTo(v));
            }
            assertThat(JsonTree.object(body).get("seats")).isEqualTo(new BigDecimal(3));
            assertThat(JsonTree.list(body, "elected")).hasSize(3);
            assertThat(JsonTree.object(body, "status").get("code")).isEqualTo("elected");
            HttpResponse<String> page = Http.get(park.port(), "/elections/" + election);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("The surplus went to: ", "class=\"round round-1\"");
        }
    }

    @Test
    void theContestAndTheSummaryCarryTheRecordsSummaryAndFirstChoices() {
        HttpResponse<String> contest = get("/api/v1/elections/" + key + "/contests/0");
        assertThat(OpenApi.problems("ContestResponse", contest.body())).isEmpty();
        Object c = JsonTree.parse(contest.body());
        Map<String, Object> ranked = JsonTree.object(c, "contest", "ranked");
        assertThat(ranked.get("ballots")).isEqualTo(new BigDecimal(80_101));
        assertThat(ranked.get("rounds")).isEqualTo(new BigDecimal(33));
        assertThat(ranked.get("url")).isEqualTo("/api/v1/elections/" + key + "/versions/2/contests/0/rounds");
        Map<String, Object> top = JsonTree.object(c, "contest", "choices", "0");
        assertThat(top.get("name")).isEqualTo("BETSY HODGES");
        assertThat(top.get("votes")).isEqualTo(new BigDecimal(28_951));
        assertThat(top.get("winner")).isEqualTo("X");
        assertThat(JsonTree.object(c, "contest", "status").get("code")).isEqualTo("elected");
        HttpResponse<String> summary = get("/api/v1/elections/" + key);
        assertThat(OpenApi.problems("ElectionResponse", summary.body())).isEmpty();
        assertThat(JsonTree.object(JsonTree.parse(summary.body()), "contests", "0", "ranked").get("elected"))
                .isEqualTo(List.of("BETSY HODGES"));
        HttpResponse<String> versions = get("/api/v1/elections/" + key + "/versions");
        assertThat(OpenApi.problems("VersionsResponse", versions.body())).isEmpty();
        assertThat(JsonTree.list(JsonTree.parse(versions.body()), "versions")).extracting(v -> JsonTree.object(v)
                .get("ballots")).containsExactly(new BigDecimal(RankedNight.FIRST), new BigDecimal(80_101));
    }

    @Test
    void anEarlierVersionIsCountedFromItsOwnBallotsAndIsImmutable() {
        HttpResponse<String> r = get("/api/v1/elections/" + key + "/versions/1/contests/0/rounds");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(OpenApi.problems("RoundsResponse", r.body())).isEmpty();
        assertThat(r.headers().firstValue("Cache-Control")).hasValue(ResultsServer.IMMUTABLE);
        RankedOutcome expected = RankedTabulator.tabulate(RankedNight.first(RankedNight.FIRST).ballots(),
                RankedNight.config().rule());
        Object body = JsonTree.parse(r.body());
        assertThat(JsonTree.object(body, "castVoteRecords").get("ballots")).isEqualTo(new BigDecimal(RankedNight.FIRST));
        List<Object> rounds = JsonTree.list(body, "passes", "0", "rounds");
        assertThat(rounds).hasSize(expected.rounds().size());
        var lastRound = expected.finalRound();
        Map<String, BigDecimal> want = new LinkedHashMap<>();
        lastRound.tallies().forEach((c, v) -> want.put(expected.contest().choices().get(c).name(), v));
        assertThat(tallies(JsonTree.list(JsonTree.object(rounds.getLast()), "tallies")))
                .containsExactlyInAnyOrderEntriesOf(want);
        assertThat((BigDecimal) JsonTree.object(rounds.getLast(), "inactive").get(InactiveCause.EXHAUSTED_CHOICES
                .key())).isEqualByComparingTo(lastRound.inactive().get(InactiveCause.EXHAUSTED_CHOICES));
    }

    @Test
    void roundsHaveETagsAndAnswerNotModified() {
        HttpResponse<String> r = get("/api/v1/elections/" + key + "/contests/0/rounds");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + key + "-v2-rounds-0\"");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue(ResultsServer.LATEST);
        assertThat(get("/api/v1/elections/" + key + "/contests/0/rounds", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(get("/api/v1/elections/" + key + "/versions/2/contests/0/rounds").body()).isEqualTo(r.body());
    }

    @Test
    void badRoundsRequestsGetJsonErrors() {
        HttpResponse<String> none = get("/api/v1/elections/" + key + "/contests/1/rounds");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(OpenApi.problems("Error", none.body())).isEmpty();
        assertThat(none.body()).contains("no contest 1 in " + key + " (it has 1, numbered from 0)");
        HttpResponse<String> version = get("/api/v1/elections/" + key + "/versions/9/contests/0/rounds");
        assertThat(version.statusCode()).isEqualTo(404);
        assertThat(version.body()).contains("version 9 is not a version of " + key);
        HttpResponse<String> bad = get("/api/v1/elections/" + key + "/contests/x/rounds");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("contest must be a whole number, was 'x'");
    }

    /** A call on a ranked contest is checked against its candidates, and the count's own winner is said beside it. */
    @Test
    void aCallOnARankedContestSaysWhatTheCountDecides() {
        String db = dir.resolve("called.db").toString();
        RankedNight.storeWhole(db);
        try (ResultsServer called = ResultsServer.start(db, ServeSettings.defaults().withTokenSha256(
                java.util.HexFormat.of().formatHex(WriteToken.hash(DeclarationsApiTest.TOKEN))), l -> { })) {
            String base = "/api/v1/elections/" + key + "/contests/0";
            HttpResponse<String> nobody = Http.send(called.port(), "POST", base + "/call",
                    "{\"choice\":\"NOBODY\",\"by\":\"Desk\",\"reason\":\"x\"}", DeclarationsApiTest.AUTH);
            assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(400);
            assertThat(nobody.body()).contains("has no choice 'NOBODY'");
            HttpResponse<String> call = Http.send(called.port(), "POST", base + "/call",
                    "{\"choice\":\"MARK ANDREW\",\"by\":\"Night desk\",\"reason\":\"our model\"}",
                    DeclarationsApiTest.AUTH);
            assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            String body = "";
            while (!body.contains("\"call\":\"X\"") && System.nanoTime() < deadline) {
                body = Http.get(called.port(), base).body();
            }
            assertThat(OpenApi.problems("ContestResponse", body)).isEmpty();
            assertThat(JsonTree.object(JsonTree.parse(body), "contest", "declarations", "call").get("disagreement"))
                    .isEqualTo("The count disagrees: it decides BETSY HODGES elected.");
        }
    }

    /** The same records stored on PostgreSQL are served in the same bytes as from the SQLite file. */
    @Test
    void aPostgresqlStoreServesTheSameBytes() {
        String pg = ThrowawayPostgres.freshDatabase("bw_server");
        RankedNight.storeFirst(pg);
        RankedNight.storeWhole(pg);
        try (ResultsServer other = ResultsServer.start(pg, ServeSettings.defaults(), l -> { })) {
            for (String path : List.of("/contests/0/rounds", "/versions/1/contests/0/rounds", "/contests/0", "")) {
                String url = "/api/v1/elections/" + key + path;
                assertThat(Http.get(other.port(), url).body()).as(url).isEqualTo(get(url).body());
            }
        }
    }

    /** A second server over the same store, and the same records on another store, give the same bytes. */
    @Test
    void theSameStoredRecordsGiveTheSameBytes() {
        String again = dir.resolve("again.db").toString();
        RankedNight.storeFirst(again);
        RankedNight.storeWhole(again);
        try (ResultsServer other = ResultsServer.start(again, ServeSettings.defaults(), l -> { })) {
            for (String path : List.of("/contests/0/rounds", "/versions/1/contests/0/rounds", "/contests/0", "")) {
                String url = "/api/v1/elections/" + key + path;
                assertThat(Http.get(other.port(), url).body()).as(url).isEqualTo(get(url).body());
            }
            String page = "/elections/" + key + "/versions/2/results.html";
            assertThat(Http.get(other.port(), page).body()).isEqualTo(get(page).body());
        }
    }
}
