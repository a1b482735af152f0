package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bellwether.core.rule.MajorityRunoff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsroom's calls and certifications on the replayed GA-06 night (three versions; the count elects Handel):
 * token-protected writes, the count and the call side by side when they disagree, a retraction that keeps the
 * history, every body checked against the OpenAPI document, and the page told at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeclarationsApiTest {

    static final String TOKEN = "night-desk-token";
    static final String[] AUTH = {"Authorization", "Bearer " + TOKEN};

    @TempDir
    static Path dir;

    private static ResultsServer server;
    private static String key;

    @BeforeAll
    static void serve() {
        String db = dir.resolve("night.db").toString();
        try (FeedServer feeds = new FeedServer()) {
            NightStore.fill(db, feeds, 3, dir.resolve("cache"));
        }
        server = ResultsServer.start(db, ServeSettings.defaults().withRules(ContestRules.always(
                MajorityRunoff.georgia())).withTokenSha256(HexFormat.of().formatHex(WriteToken.hash(TOKEN))), l -> { });
        key = NightStore.key(db);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String contests() {
        return "/api/v1/elections/" + key + "/contests/0";
    }

    private static HttpResponse<String> call(String body, String... headers) {
        return Http.send(server.port(), "POST", contests() + "/call", body, headers);
    }

    /** The newest contest once the server has heard of declaration {@code id} (the listener looks every 100 ms). */
    private static HttpResponse<String> contestThrough(long id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> r = Http.get(server.port(), contests());
            if (r.body().contains("\"through\":" + id + ",")) {
                return r;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("declaration " + id + " never reached the contest");
    }

    private static void assertProblem(HttpResponse<String> r, int status, String error) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(OpenApi.problems("Error", r.body())).isEmpty();
        assertThat(r.body()).isEqualTo(new String(ApiJson.error(status, error), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void aCallAgainstTheCountShowsBothAndLeavesTheCountsWinnerFlag() throws Exception {
        CompletableFuture<String> event = event(1);
        HttpResponse<String> r = call("{\"choice\":\"JON OSSOFF\",\"by\":\"Night desk\",\"reason\":\"our model\"}", AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(OpenApi.problems("Declaration", r.body())).isEmpty();
        assertThat(r.body()).startsWith("{\"id\":1,\"contest\":\"U.S. Representative, District 6\",\"kind\":\"call\","
                + "\"choice\":\"JON OSSOFF\",\"by\":\"Night desk\",\"reason\":\"our model\",\"at\":\"")
                .endsWith(",\"asOfVersion\":3}");

        HttpResponse<String> c = contestThrough(1);
        assertThat(OpenApi.problems("ContestResponse", c.body())).isEmpty();
        assertThat(c.headers().firstValue("ETag")).hasValue("\"" + key + "-v3-d1-contest-0\"");
        assertThat(c.body()).contains("\"status\":{\"code\":\"elected\",\"words\":\"KAREN HANDEL elected\"",
                "\"call\":{\"id\":1,\"choice\":\"JON OSSOFF\",\"by\":\"Night desk\"",
                "\"disagreement\":\"The count disagrees: it decides KAREN HANDEL elected.\"},\"certification\":null",
                "\"name\":\"KAREN HANDEL\",\"party\":\"REP\",\"votes\":134595,\"percent\":51.87,\"rank\":1,"
                        + "\"winner\":\"X\",\"call\":\"\"",
                "\"name\":\"JON OSSOFF\",\"party\":\"DEM\",\"votes\":124893,\"percent\":48.13,\"rank\":2,"
                        + "\"winner\":\"\",\"call\":\"X\"");
        String versioned = Http.get(server.port(), "/api/v1/elections/" + key + "/versions/3/contests/0").body();
        assertThat(versioned).as("a versioned URL is the count alone").doesNotContain("declarations", "\"call\"");

        String data = event.get(20, TimeUnit.SECONDS);
        assertThat(OpenApi.problems("VersionEvent", data)).isEmpty();
        assertThat(data).contains("\"version\":3,", "\"declarations\":1,",
                "\"page\":\"/elections/" + key + "/versions/3/results.html?declarations=1\"");
        HttpResponse<String> fragment = Http.get(server.port(), "/elections/" + key
                + "/versions/3/results.html?declarations=1");
        assertThat(fragment.headers().firstValue("Cache-Control")).hasValue(ResultsServer.IMMUTABLE);
        assertThat(fragment.body()).contains("<p class=\"call\" data-called=\"JON OSSOFF\" data-declaration=\"1\">"
                + "<strong>Called for JON OSSOFF</strong> by Night desk, ",
                "<p class=\"disagrees\">The count disagrees: it decides KAREN HANDEL elected.</p>",
                "JON OSSOFF (called)", "KAREN HANDEL \u2714");
        assertThat(Http.get(server.port(), "/elections/" + key + "/versions/3/results.html").body())
                .doesNotContain("Called for");
        assertThat(Http.get(server.port(), "/elections/" + key).body()).contains("data-declarations=\"1\"",
                "Called for JON OSSOFF");
    }

    @Test
    @Order(2)
    void aRetractionKeepsTheHistoryAndAnAgreeingCallAndACertificationStand() throws Exception {
        assertProblem(call("{\"choice\":\"KAREN HANDEL\",\"by\":\"Night desk\",\"reason\":\"x\"}", AUTH), 409,
                "contest 'U.S. Representative, District 6' already has a call standing (declaration 1); retract it"
                        + " first");
        HttpResponse<String> retracted = Http.send(server.port(), "DELETE", "/api/v1/elections/" + key
                + "/declarations/1", "{\"by\":\"Night desk\",\"reason\":\"the model was wrong\"}", AUTH);
        assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(200);
        assertThat(OpenApi.problems("Declaration", retracted.body())).isEmpty();
        assertThat(retracted.body()).contains("\"id\":2,", "\"kind\":\"retraction\",\"retracts\":1,");
        assertThat(contestThrough(2).body()).contains("\"declarations\":{\"through\":2,\"call\":null,"
                + "\"certification\":null}");

        assertThat(call("{\"by\":\"Night desk\",\"reason\":\"all precincts in\",\"choice\":\"KAREN HANDEL\"}", AUTH)
                .statusCode()).isEqualTo(201);
        HttpResponse<String> cert = Http.send(server.port(), "POST", contests() + "/certification",
                "{\"by\":\"GA Secretary of State\",\"reason\":\"certified 26 June 2017\"}", AUTH);
        assertThat(cert.statusCode()).as(cert.body()).isEqualTo(201);
        String c = contestThrough(4).body();
        assertThat(OpenApi.problems("ContestResponse", c)).isEmpty();
        assertThat(c).contains("\"choice\":\"KAREN HANDEL\",\"by\":\"Night desk\"", "\"reason\":\"all precincts in\","
                + "\"disagreement\":null}", "\"certification\":{\"id\":4,\"by\":\"GA Secretary of State\"",
                "\"reason\":\"certified 26 June 2017\",\"caveat\":null}");

        HttpResponse<String> all = Http.get(server.port(), "/api/v1/elections/" + key + "/declarations");
        assertThat(OpenApi.problems("DeclarationsResponse", all.body())).isEmpty();
        assertThat(all.body()).contains("\"id\":1,", "\"choice\":\"JON OSSOFF\"", "\"id\":2,", "\"retracts\":1",
                "\"id\":3,", "\"id\":4,", "\"kind\":\"certified\"");
        assertThat(Http.get(server.port(), "/elections/" + key + "/versions/3/results.html?declarations=4").body())
                .contains("Called for KAREN HANDEL", "<strong>Certified</strong> (declared by GA Secretary of State")
                .doesNotContain("JON OSSOFF (called)", "class=\"disagrees\"");
        assertThat(Http.get(server.port(), "/elections/" + key + "/versions/3/results.html?declarations=1").body())
                .as("an earlier declaration's fragment never changes").contains("Called for JON OSSOFF");
    }

    @Test
    @Order(3)
    void badWritesGetAJsonErrorAndStoreNothing() {
        assertProblem(call("{\"choice\":\"KAREN HANDEL\",\"by\":\"x\",\"reason\":\"y\"}"), 401,
                "a write needs the token: Authorization: Bearer TOKEN");
        assertProblem(call("{\"choice\":\"KAREN HANDEL\",\"by\":\"x\",\"reason\":\"y\"}", "Authorization",
                "Bearer wrong"), 401, "a write needs the token: Authorization: Bearer TOKEN");
        assertProblem(call("{\"choice\":\"Nobody\",\"by\":\"x\",\"reason\":\"y\"}", AUTH), 400,
                "contest 'U.S. Representative, District 6' has no choice 'Nobody' in version 3");
        assertProblem(call("{\"choice\":\"KAREN HANDEL\",\"by\":\"x\"}", AUTH), 400,
                "'reason' is required; the body has \"by\", \"choice\", \"reason\"");
        assertProblem(call("{\"choice\":\"KAREN HANDEL\",\"by\":\"x\",\"reason\":\"y\",\"winner\":\"X\"}", AUTH),
                400, "unknown field 'winner'; the body has \"by\", \"choice\", \"reason\"");
        assertProblem(call("{\"choice\":1,\"by\":\"x\",\"reason\":\"y\"}", AUTH), 400, "'choice' must be a string");
        assertProblem(call("{\"by\":\"x\",\"by\":\"z\"}", AUTH), 400, "'by' is given twice");
        assertProblem(call("[1]", AUTH), 400, "the body must be a JSON object with \"by\", \"choice\", \"reason\"");
        assertProblem(call("{\"choice\":\"KAREN HANDEL\",\"by\":\"x\\u001b[2J\",\"reason\":\"y\"}", AUTH), 400,
                "'by' holds a control or format character");
        HttpResponse<String> broken = call("{\"choice\":", AUTH);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).startsWith("{\"status\":400,\"error\":\"the body is not valid JSON: ");
        assertProblem(Http.send(server.port(), "POST", "/api/v1/elections/" + key + "/contests/5/certification",
                "{\"by\":\"x\",\"reason\":\"y\"}", AUTH), 404, "no contest 5 in " + key
                        + " (it has 1, numbered from 0)");
        assertProblem(Http.send(server.port(), "DELETE", "/api/v1/elections/" + key + "/declarations/77",
                "{\"by\":\"x\",\"reason\":\"y\"}", AUTH), 404, "election " + key + " has no declaration 77");
        assertProblem(Http.send(server.port(), "DELETE", "/api/v1/elections/" + key + "/declarations/2",
                "{\"by\":\"x\",\"reason\":\"y\"}", AUTH), 409, "declaration 2 is a retraction; a retraction cannot"
                        + " be retracted, declare again instead");
        assertProblem(Http.get(server.port(), "/elections/" + key + "/versions/3/results.html?declarations=99"), 404,
                "declarations=99 is not a declaration of " + key + "; GET /api/v1/elections/" + key
                        + "/declarations lists them");
        String all = Http.get(server.port(), "/api/v1/elections/" + key + "/declarations").body();
        assertThat(all).doesNotContain("\"id\":5,");
    }

    /** The data of the first event that names declaration {@code id}. */
    private static CompletableFuture<String> event(long id) throws InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/events"))
                .header("Accept", "text/event-stream").build();
        int before = server.subscribers();
        CompletableFuture<String> f = HttpClient.newHttpClient().sendAsync(req, HttpResponse.BodyHandlers.ofLines())
                .thenApplyAsync(r -> {
                    try (Stream<String> lines = r.body()) {
                        return lines.filter(l -> l.startsWith("data: ") && l.contains("\"declarations\":" + id + ","))
                                .findFirst().orElseThrow().substring(6);
                    }
                });
        for (int i = 0; i < 200 && server.subscribers() <= before; i++) {
            Thread.sleep(10);
        }
        return f;
    }

}
