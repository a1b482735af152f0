package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.rule.MajorityRunoff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API on the replayed GA-06 night (three versions), every response checked against the OpenAPI document. */
class ResultsServerTest {

    @TempDir
    static Path dir;

    private static final List<String> LOG = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static ResultsServer server;
    private static String key;

    @BeforeAll
    static void serve() {
        String db = dir.resolve("night.db").toString();
        try (FeedServer feeds = new FeedServer()) {
            NightStore.fill(db, feeds, 3, dir.resolve("cache"));
        }
        server = ResultsServer.start(db, ServeSettings.defaults().withRules(ContestRules.always(MajorityRunoff.georgia())),
                LOG::add);
        HttpResponse<String> r = Http.get(server.port(), "/api/v1/elections");
        assertThat(OpenApi.problems("ElectionsResponse", r.body())).isEmpty();
        Matcher m = Pattern.compile("\"election\":\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).isTrue();
        key = m.group(1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String... headers) {
        return Http.get(server.port(), path, headers);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Each choice's votes in a contest response, from the choices array. */
    private static Map<String, Long> votes(String json) throws IOException {
        Map<String, Long> votes = new java.util.LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            String name = null;
            int depth = 0;
            boolean inChoices = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("choices")) {
                    inChoices = true;
                    depth = 0;
                } else if (inChoices && (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT)) {
                    depth++;
                } else if (inChoices && (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT)) {
                    inChoices = --depth > 0;
                } else if (inChoices && t == JsonToken.VALUE_STRING && p.currentName().equals("name")) {
                    name = p.getText();
                } else if (inChoices && t == JsonToken.VALUE_NUMBER_INT && p.currentName().equals("votes")) {
                    votes.put(name, p.getLongValue());
                }
            }
        }
        return votes;
    }

    @Test
    void eachVersionsContestCarriesThatVersionsVotesAndValidates() throws IOException {
        for (int v = 1; v <= 3; v++) {
            HttpResponse<String> r = get("/api/v1/elections/" + key + "/versions/" + v + "/contests/0");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(OpenApi.problems("ContestResponse", r.body())).isEmpty();
            Map<String, Long> expected = ElectionNight.totals(v);
            assertThat(votes(r.body())).containsEntry("KAREN HANDEL", expected.get("KAREN HANDEL (REP)"))
                    .containsEntry("JON OSSOFF", expected.get("JON OSSOFF (DEM)"));
        }
        String last = get("/api/v1/elections/" + key + "/contests/0").body();
        assertThat(votes(last)).containsEntry("KAREN HANDEL", 134_595L).containsEntry("JON OSSOFF", 124_893L);
        assertThat(last).contains("\"code\":\"elected\"", "\"words\":\"KAREN HANDEL elected\"",
                "\"name\":\"KAREN HANDEL\",\"party\":\"REP\",\"votes\":134595,\"percent\":51.87,\"rank\":1,"
                        + "\"winner\":\"X\"", "\"winner\":\"\"");
        assertThat(number(last, "units")).isEqualTo(number(last, "unitsReporting"));
    }

    @Test
    void aPartialCountSaysWhoLeadsAndDeclaresNobody() {
        String first = get("/api/v1/elections/" + key + "/versions/1/contests/0").body();
        assertThat(first).contains("\"code\":\"leading\"", "\"words\":\"KAREN HANDEL leading\"",
                "Only leading: partial count; nobody is declared elected.").doesNotContain("\"winner\":\"X\"");
        assertThat(number(first, "unitsReporting")).isLessThan(number(first, "units"));
        assertThat(number(first, "expectedVote")).isGreaterThan(number(first, "votesCounted"));
        assertThat(first).containsPattern("\"hurdle\":\\{\"leading\":\"KAREN HANDEL\",\"trailing\":\"JON OSSOFF\","
                + "\"margin\":\\d+,\"percentOfRemainingNeeded\":5\\d\\.\\d,\"path\":true\\}");
    }

    @Test
    void theNewestVersionIsCachedBrieflyAndAVersionedUrlForever() {
        String latest = "/api/v1/elections/" + key + "/contests/0";
        HttpResponse<String> r = get(latest);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=2");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + key + "-v3-contest-0\"");
        HttpResponse<String> again = get(latest, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> fixed = get("/api/v1/elections/" + key + "/versions/2/contests/0");
        assertThat(fixed.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(fixed.headers().firstValue("ETag")).hasValue("\"" + key + "-v2-contest-0\"");
    }

    @Test
    void theNextrequestCursorReturnsOnlyWhatChangedSinceTheClientsVersion() {
        HttpResponse<String> r = get("/api/v1/elections/" + key);
        assertThat(OpenApi.problems("ElectionResponse", r.body())).isEmpty();
        assertThat(r.body()).contains("\"nextrequest\":\"/api/v1/elections/" + key + "?since=3\"");
        String unchanged = get("/api/v1/elections/" + key + "?since=3").body();
        assertThat(OpenApi.problems("ElectionResponse", unchanged)).isEmpty();
        assertThat(unchanged).contains("\"contests\":[]");
        String changed = get("/api/v1/elections/" + key + "?since=1").body();
        assertThat(changed).contains("\"name\":\"U.S. Representative, District 6\"");
    }

    @Test
    void versionsAndTheirDiffsValidate() {
        HttpResponse<String> v = get("/api/v1/elections/" + key + "/versions");
        assertThat(OpenApi.problems("VersionsResponse", v.body())).isEmpty();
        assertThat(v.body()).contains("\"version\":1,\"lastUpdated\":\"2017-06-21T00:40:00Z\"",
                "\"version\":3,\"lastUpdated\":\"2017-06-21T02:40:00Z\"");
        HttpResponse<String> d = get("/api/v1/elections/" + key + "/diff?from=2&to=3");
        assertThat(OpenApi.problems("DiffResponse", d.body())).isEmpty();
        assertThat(d.body()).contains("\"choice\":\"KAREN HANDEL\"", "\"before\":0,\"after\":");
    }

    @Test
    void badRequestsGetAJsonErrorThatNamesTheProblem() {
        HttpResponse<String> bad = get("/api/v1/elections/" + key + "/contests/one");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(OpenApi.problems("Error", bad.body())).isEmpty();
        assertThat(bad.body()).isEqualTo("{\"status\":400,\"error\":\"contest must be a whole number, was 'one'\"}");
        HttpResponse<String> none = get("/api/v1/elections/nowhere/contests/0");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("no election 'nowhere' in the store");
        HttpResponse<String> missing = get("/api/v1/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(OpenApi.problems("Error", missing.body())).isEmpty();
        HttpResponse<String> noContest = get("/api/v1/elections/" + key + "/contests/7");
        assertThat(noContest.body()).contains("no contest 7 in " + key + " (it has 1, numbered from 0)");
        HttpResponse<String> rounds = get("/api/v1/elections/" + key + "/versions/3/contests/0/rounds");
        assertThat(rounds.statusCode()).isEqualTo(404);
        assertThat(OpenApi.problems("Error", rounds.body())).isEmpty();
        assertThat(rounds.body()).contains("contest 0 of " + key + " is counted from tallies, not from cast-vote"
                + " records: it has no rounds");
        HttpResponse<String> precinct = get("/api/v1/elections/" + key + "/contests/0/rounds/precincts/P%201");
        assertThat(precinct.statusCode()).isEqualTo(404);
        assertThat(precinct.body()).contains("contest 0 of " + key + " is counted from tallies");
        assertThat(get("/api/v1/elections/" + key + "/contests/0").body()).contains("\"ranked\":null");
        HttpResponse<String> since = get("/api/v1/elections/" + key + "?since=-1");
        assertThat(since.statusCode()).isEqualTo(400);
        assertThat(List.of(bad.body(), none.body(), missing.body(), since.body()))
                .noneMatch(b -> b.contains("Exception") || b.contains("at org."));
    }

    @Test
    void writesAreRefusedWithoutAToken() {
        HttpResponse<String> r = Http.post(server.port(), "/api/v1/ingest", new byte[] {1});
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(OpenApi.problems("Error", r.body())).isEmpty();
    }

    @Test
    void thePageCarriesAStrictContentSecurityPolicyAndTheNewestFigures() {
        HttpResponse<String> page = get("/elections/" + key);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(ResultsServer.CSP);
        assertThat(page.body()).contains("data-version=\"3\"", "data-votes=\"134595\"", "<script src=\"/static/live.js\"")
                .doesNotContain("<script>", "style=\"");
        HttpResponse<String> fragment = get("/elections/" + key + "/versions/1/results.html");
        assertThat(fragment.body()).contains("As of 00:40 UTC, 21 June 2017 (version 1)");
    }

    @Test
    void anEventStreamHearsTheNewestVersionOnConnecting() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.util.stream.Stream<String>> r = HttpClient.newHttpClient().sendAsync(req,
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
        List<String> lines = new ArrayList<>();
        var it = r.body().iterator();
        while (lines.size() < 3 && it.hasNext()) {
            String l = it.next();
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        r.body().close();
        assertThat(lines.subList(0, 2)).containsExactly("id: 3", "event: version");
        String data = lines.stream().filter(l -> l.startsWith("data: ")).findFirst().orElseThrow().substring(6);
        assertThat(OpenApi.problems("VersionEvent", data)).isEmpty();
    }
}
