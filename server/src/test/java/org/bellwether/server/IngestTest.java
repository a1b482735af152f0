package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes need the token, which is kept hashed and never appears in a response or the log. */
class IngestTest {

    private static final String TOKEN = "correct horse battery staple";

    @TempDir
    Path dir;

    @Test
    void theCertifiedExportIngestedWithTheTokenBecomesTheNextVersion() throws Exception {
        String db = dir.resolve("ingest.db").toString();
        try (FeedServer feeds = new FeedServer()) {
            NightStore.fill(db, feeds, 3, dir.resolve("cache"));
        }
        List<String> log = new CopyOnWriteArrayList<>();
        String sha = HexFormat.of().formatHex(WriteToken.hash(TOKEN));
        byte[] export = Files.readAllBytes(SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json"));
        try (ResultsServer server = ResultsServer.start(db, ServeSettings.defaults().withTokenSha256(sha), log::add)) {
            HttpResponse<String> none = Http.post(server.port(), "/api/v1/ingest", export);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            HttpResponse<String> wrong = Http.post(server.port(), "/api/v1/ingest", export, "Authorization",
                    "Bearer " + TOKEN + "!");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(OpenApi.problems("Error", wrong.body())).isEmpty();
            HttpResponse<String> bad = Http.post(server.port(), "/api/v1/ingest?name=broken.json",
                    "{\"results\":".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Authorization", "Bearer " + TOKEN);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).startsWith("{\"status\":400,\"error\":\"broken.json").doesNotContain(dir.toString());
            HttpResponse<String> ok = Http.post(server.port(), "/api/v1/ingest?name=export-2017JunSpecRun.json",
                    export, "Authorization", "Bearer " + TOKEN);
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
            assertThat(OpenApi.problems("IngestResponse", ok.body())).isEmpty();
            assertThat(ok.body()).contains("\"version\":4,\"created\":true");
            HttpResponse<String> again = Http.post(server.port(), "/api/v1/ingest?name=export-2017JunSpecRun.json",
                    export, "Authorization", "Bearer " + TOKEN);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("\"created\":false");
            long deadline = System.nanoTime() + 10_000_000_000L;
            String key = NightStore.key(db);
            String contest = "";
            while (!contest.contains("\"version\":4,") && System.nanoTime() < deadline) {
                Thread.sleep(50);
                contest = Http.get(server.port(), "/api/v1/elections/" + key + "/contests/0").body();
            }
            assertThat(contest).contains("\"version\":4,", "\"votes\":134799", "\"votes\":125517");
        }
        assertThat(log).noneMatch(l -> l.contains(TOKEN) || l.contains(sha));
    }
}
