package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bellwether.core.Source;
import org.bellwether.store.CastVoteRecordImport;
import org.bellwether.store.ResultsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a server holds of the precincts' rounds: nothing until one is asked for, then the bodies of that version's
 * precincts, built once however many ask at the same time, and only the most recently asked versions' within the
 * budget, every one built again byte for byte when asked for after it was let go. RCTab's {@code precinct_example}
 * (58 precincts) and Minneapolis's 2013 mayor (117 precincts of 33 rounds).
 */
class SliceBodiesTest {

    @TempDir
    Path dir;

    private static final Path PRECINCTS = RankedNight.RCTAB.resolve("precinct_example/precinct_example_config.json");

    /** Stores {@code records} {@code versions} times, each time with another hash of its files (so a new version). */
    private String stored(String file, CastVoteRecordImport records, int versions) {
        String db = dir.resolve(file).toString();
        try (ResultsStore store = ResultsStore.open(db)) {
            for (int n = 1; n <= versions; n++) {
                String hash = Integer.toHexString(n).repeat(64).substring(0, 64);
                List<Source> sources = records.sources().stream().map(s -> new Source(s.path(), hash, s.reader()))
                        .toList();
                store.importCastVoteRecords(new CastVoteRecordImport(records.electionName(), records.date(), sources,
                        records.ruleConfig(), records.ballots()), "bellwether 0.1.0",
                        Clock.fixed(RankedNight.T1.plusSeconds(60L * n), ZoneOffset.UTC));
            }
        }
        return db;
    }

    private static String key(ResultsServer s) {
        return (String) JsonTree.object(JsonTree.parse(Http.get(s.port(), "/api/v1/elections").body()), "elections",
                "0").get("election");
    }

    private static List<String> urls(ResultsServer s, String rounds) {
        HttpResponse<String> r = Http.get(s.port(), rounds);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonTree.list(JsonTree.parse(r.body()), "slices", "list").stream()
                .map(e -> (String) JsonTree.object(e).get("url")).toList();
    }

    @Test
    void noPrecinctsBodyIsBuiltUntilOneIsAskedForThenAllOfTheVersionsAreHeld() {
        try (ResultsServer s = ResultsServer.start(stored("lazy.db", RankedNight.read(PRECINCTS, "Lazy"), 1),
                ServeSettings.defaults(), l -> { })) {
            SliceBodies held = s.publisher().sliceBodies();
            String rounds = "/api/v1/elections/" + key(s) + "/contests/0/rounds";
            List<String> urls = urls(s, rounds);
            assertThat(urls).hasSize(58);
            String first = rounds + "/precincts/MINNEAPOLIS%20W-10%20P-02";
            String etag = "\"" + key(s) + "-v1-rounds-0-precinct-0\"";
            assertThat(Http.get(s.port(), first, "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(held.built()).as("the listing and a 304 build no body").isZero();
            assertThat(held.heldBytes()).isZero();
            HttpResponse<String> one = Http.get(s.port(), first);
            assertThat(one.headers().firstValue("ETag")).hasValue(etag);
            assertThat(held.built()).isEqualTo(1);
            assertThat(held.heldSets()).containsExactly(new SliceBodies.Key(1, 0));
            long served = 0;
            for (String url : urls) {
                HttpResponse<String> r = Http.get(s.port(), url);
                assertThat(r.statusCode()).as(url).isEqualTo(200);
                served += r.body().getBytes(StandardCharsets.UTF_8).length;
            }
            assertThat(held.built()).as("one count gave every precinct's body").isEqualTo(1);
            assertThat(held.heldBytes()).isEqualTo(served);
        }
    }

    /** Eight requests for Minneapolis's precincts at once, before any was built: one count, the same bytes. */
    @Test
    void concurrentFirstRequestsBuildOnceAndAreAnsweredWithTheSameBytes() throws Exception {
        try (ResultsServer s = ResultsServer.start(stored("mayor.db", RankedNight.whole(), 1),
                ServeSettings.defaults(), l -> { })) {
            List<String> urls = urls(s, "/api/v1/elections/" + key(s) + "/versions/1/contests/0/rounds");
            assertThat(urls).hasSize(117);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> asked = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (int t = 0; t < 8; t++) {
                    String url = urls.get(t % 2 == 0 ? 0 : 116);
                    asked.add(pool.submit(() -> {
                        go.await();
                        return Http.get(s.port(), url);
                    }));
                }
                go.countDown();
                for (int t = 0; t < 8; t++) {
                    HttpResponse<String> r = asked.get(t).get();
                    assertThat(r.statusCode()).isEqualTo(200);
                    assertThat(r.body()).isEqualTo(asked.get(t % 2).get().body())
                            .isEqualTo(Http.get(s.port(), urls.get(t % 2 == 0 ? 0 : 116)).body());
                }
            }
            assertThat(s.publisher().sliceBodies().built()).isEqualTo(1);
            assertThat(JsonTree.object(JsonTree.parse(asked.get(1).get().body()), "castVoteRecords").get("ballots"))
                    .isNotEqualTo(JsonTree.object(JsonTree.parse(asked.get(0).get().body()), "castVoteRecords")
                            .get("ballots"));
        }
    }

    /**
     * Eight versions of precinct_example under a budget of two and a half versions' bodies: never more than two held,
     * the two asked for last; a version let go and asked for again is built again into the same bytes; with no
     * budget the one asked for last is still held (else every request would count the version again).
     */
    @Test
    void theBodiesHeldStayWithinTheBudgetAsVersionsArePublished() {
        String db = stored("night.db", RankedNight.read(PRECINCTS, "Night"), 8);
        String key;
        long set;
        try (ResultsServer s = ResultsServer.start(db, ServeSettings.defaults(), l -> { })) {
            key = key(s);
            urls(s, "/api/v1/elections/" + key + "/contests/0/rounds").forEach(u -> Http.get(s.port(), u));
            set = s.publisher().sliceBodies().heldBytes();
        }
        try (ResultsStore store = ResultsStore.openExisting(db)) {
            Publisher publisher = new Publisher(store, ContestRules.ownLaw(), false, LivePages.time(ZoneId.of("UTC")),
                    set * 5 / 2);
            SliceBodies held = publisher.sliceBodies();
            Map<String, byte[]> first = new java.util.HashMap<>();
            for (long v = 1; v <= 8; v++) {
                Published p = publisher.at(key, v).orElseThrow();
                for (SliceRounds.Slice slice : p.sliceRounds().get(0).slices().values()) {
                    byte[] body = publisher.sliceBody(p, 0, slice);
                    assertThat(new String(body, StandardCharsets.UTF_8)).contains("\"version\":" + v + ",");
                    first.putIfAbsent(slice.url(), body);
                }
                assertThat(held.heldBytes()).isLessThanOrEqualTo(set * 5 / 2).isPositive();
                assertThat(held.heldSets()).hasSize((int) Math.min(v, 2));
            }
            assertThat(held.heldSets()).containsExactly(new SliceBodies.Key(7, 0), new SliceBodies.Key(8, 0));
            assertThat(held.built()).isEqualTo(8);
            Published one = publisher.at(key, 1).orElseThrow();
            for (SliceRounds.Slice slice : one.sliceRounds().get(0).slices().values()) {
                assertThat(publisher.sliceBody(one, 0, slice)).as(slice.name()).isEqualTo(first.get(slice.url()));
            }
            assertThat(held.built()).as("version 1 built again").isEqualTo(9);
            assertThat(held.heldSets()).containsExactly(new SliceBodies.Key(8, 0), new SliceBodies.Key(1, 0));

            Publisher none = new Publisher(store, ContestRules.ownLaw(), false, LivePages.time(ZoneId.of("UTC")), 0);
            for (long v = 3; v <= 4; v++) {
                Published p = none.at(key, v).orElseThrow();
                SliceRounds.Slice slice = p.sliceRounds().get(0).slices().values().iterator().next();
                assertThat(none.sliceBody(p, 0, slice)).isNotEmpty();
                assertThat(none.sliceBodies().heldSets()).containsExactly(new SliceBodies.Key(v, 0));
            }
            assertThat(none.sliceBodies().heldBytes()).as("one version's bodies").isBetween(set / 2, set * 2);
        }
    }
}
