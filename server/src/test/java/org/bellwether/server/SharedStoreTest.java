package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bellwether.store.ThrowawayPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} processes' worth of servers on one PostgreSQL store: a version stored by the watcher is heard
 * by both at once (LISTEN/NOTIFY, no polling), announced on both event streams and served by both.
 */
class SharedStoreTest {

    @TempDir
    Path dir;

    /** Completes with the time the stream first says {@code id: version}. */
    private static CompletableFuture<Long> heard(int port, long version) {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
                .header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().sendAsync(req, HttpResponse.BodyHandlers.ofLines())
                .thenApplyAsync(r -> {
                    try (Stream<String> lines = r.body()) {
                        lines.filter(l -> l.equals("id: " + version)).findFirst().orElseThrow();
                        return System.nanoTime();
                    }
                });
    }

    @Test
    void twoServersOnOnePostgresqlStoreBothHearANewVersionAtOnce() throws Exception {
        String store = ThrowawayPostgres.freshDatabase("bw_server");
        try (FeedServer feeds = new FeedServer()) {
            NightStore.fill(store, feeds, 1, dir.resolve("cache"));
            try (ResultsServer a = ResultsServer.start(store, ServeSettings.defaults(), l -> { });
                    ResultsServer b = ResultsServer.start(store, ServeSettings.defaults(), l -> { })) {
                CompletableFuture<Long> atA = heard(a.port(), 2);
                CompletableFuture<Long> atB = heard(b.port(), 2);
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while ((a.subscribers() < 1 || b.subscribers() < 1) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                new ElectionNight(feeds).publish(2);
                long before = System.nanoTime();
                NightStore.importPublished(store, feeds, 2, dir.resolve("cache"));
                long stored = System.nanoTime();
                long heardA = atA.get(10, TimeUnit.SECONDS);
                long heardB = atB.get(10, TimeUnit.SECONDS);
                String key = NightStore.key(store);
                for (ResultsServer s : List.of(a, b)) {
                    String body = Http.get(s.port(), "/api/v1/elections/" + key + "/contests/0").body();
                    assertThat(body).contains("\"version\":2,");
                }
                System.out.printf("shared store: import %d ms; heard after the commit by A %d ms, by B %d ms%n",
                        (stored - before) / 1_000_000, (heardA - stored) / 1_000_000, (heardB - stored) / 1_000_000);
            }
        }
    }

    /** Completes with the data of the first event that names declaration {@code id}. */
    private static CompletableFuture<String> declared(int port, long id) {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
                .header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().sendAsync(req, HttpResponse.BodyHandlers.ofLines())
                .thenApplyAsync(r -> {
                    try (Stream<String> lines = r.body()) {
                        return lines.filter(l -> l.startsWith("data: ") && l.contains("\"declarations\":" + id + ","))
                                .findFirst().orElseThrow();
                    }
                });
    }

    @Test
    void aCallMadeThroughOneServerIsHeardAndShownByTheOther() throws Exception {
        String store = ThrowawayPostgres.freshDatabase("bw_server");
        try (FeedServer feeds = new FeedServer()) {
            NightStore.fill(store, feeds, 1, dir.resolve("cache"));
        }
        ServeSettings settings = ServeSettings.defaults().withTokenSha256(java.util.HexFormat.of().formatHex(
                WriteToken.hash(DeclarationsApiTest.TOKEN)));
        try (ResultsServer a = ResultsServer.start(store, settings, l -> { });
                ResultsServer b = ResultsServer.start(store, settings, l -> { })) {
            CompletableFuture<String> atB = declared(b.port(), 1);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (b.subscribers() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            String key = NightStore.key(store);
            HttpResponse<String> r = Http.send(a.port(), "POST", "/api/v1/elections/" + key + "/contests/0/call",
                    "{\"choice\":\"JON OSSOFF\",\"by\":\"Desk A\",\"reason\":\"early vote\"}",
                    DeclarationsApiTest.AUTH);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(atB.get(10, TimeUnit.SECONDS)).contains("\"version\":1,");
            assertThat(Http.get(b.port(), "/api/v1/elections/" + key + "/contests/0").body())
                    .contains("\"call\":{\"id\":1,\"choice\":\"JON OSSOFF\",\"by\":\"Desk A\"");
        }
    }
}
