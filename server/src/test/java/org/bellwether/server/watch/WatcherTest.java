package org.bellwether.server.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.Election;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.server.ClarityReplay;
import org.bellwether.server.ElectionNight;
import org.bellwether.server.FeedServer;
import org.bellwether.store.AsOf;
import org.bellwether.store.ImportResult;
import org.bellwether.store.ResultsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatcherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-06-21T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();
    private FeedServer server;
    private ElectionNight night;
    private ResultsStore store;

    @BeforeEach
    void start() {
        server = new FeedServer();
        night = new ElectionNight(server);
        store = ResultsStore.open(dir.resolve("results.db").toString());
    }

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    private Watcher watcher(List<String> feeds) {
        return new Watcher(Watcher.feeds(feeds, "bellwether 0.1.0", Duration.ofSeconds(5), dir.resolve("cache")),
                Readers.standard(), ReadOptions.DEFAULT, store, "bellwether 0.1.0", CLOCK, log::add);
    }

    private Map<String, Long> storedTotals(long version) {
        Election e = store.load(Optional.empty(), new AsOf.Version(version)).election();
        long[] totals = e.choiceTotals(0);
        Map<String, Long> byName = new java.util.LinkedHashMap<>();
        for (int i = 0; i < totals.length; i++) {
            byName.put(e.contests().get(0).choices().get(i).name(), totals[i]);
        }
        return byName;
    }

    @Test
    void eachNewClarityVersionOfTheThreeCountySitesBecomesOneStoredVersion() {
        Watcher w = watcher(night.sites());
        for (int v = 1; v <= ElectionNight.VERSIONS; v++) {
            night.publish(v);
            Optional<ImportResult> r = w.round();
            assertThat(r).get().isInstanceOf(ImportResult.Created.class);
            assertThat(r.get().version().number()).isEqualTo(v);
        }
        assertThat(storedTotals(3)).containsEntry("KAREN HANDEL", 134_595L).containsEntry("JON OSSOFF", 124_893L);
        Map<String, Long> first = ElectionNight.totals(1);
        assertThat(storedTotals(1)).containsEntry("KAREN HANDEL", first.get("KAREN HANDEL (REP)"))
                .containsEntry("JON OSSOFF", first.get("JON OSSOFF (DEM)"));
        assertThat(first.get("KAREN HANDEL (REP)")).isBetween(1L, 134_594L);
        assertThat(store.versions(Optional.empty()).get(2).sources()).extracting(s -> s.path())
                .allMatch(p -> p.startsWith(server.url("/GA/")) && p.endsWith("/184303/reports/detailxml.zip"));
    }

    @Test
    void eachVersionsSummaryIsReadFromItsVersionedFolderBeforeItsZip() {
        Watcher w = watcher(night.sites());
        night.publish(1);
        w.round();
        List<String> paths = server.hits().stream().map(FeedServer.Hit::path).toList();
        String cobb = "/GA/Cobb/68000/184301/";
        assertThat(paths).containsSubsequence(cobb + "json/en/summary.json", cobb + "reports/detailxml.zip");
    }

    @Test
    void whileAVersionsZipIsNotPublishedItsSummaryIsLoggedAndTheVersionIsTriedAgain() {
        Watcher w = watcher(night.sites());
        night.publish(1);
        w.round();
        byte[] two = ElectionNight.detail("Cobb", 2);
        night.putSummary("Cobb", 2, ClarityReplay.summaryJson(two));
        night.point("Cobb", 2);
        log.clear();
        assertThat(w.round()).isEmpty();
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).matches(".*GA/Cobb/68000/: version 184302: reports/detailxml.zip is not published yet;"
                + " its summary.json says U.S. Representative, District 6: \\d+ of \\d+ precincts, KAREN HANDEL \\(REP\\)"
                + " leading");
        night.putZip("Cobb", 2, ClarityReplay.zip(two));
        assertThat(w.round()).get().extracting(r -> r.version().number()).isEqualTo(2L);
    }

    @Test
    void aZipThatDisagreesWithItsOwnSummaryIsAVersionHalfPublishedAndRefused() {
        Watcher w = watcher(night.sites());
        night.publish(1);
        w.round();
        night.putSummary("Fulton", 2, ClarityReplay.summaryJson(ElectionNight.detail("Fulton", 3)));
        night.publish("Fulton", 2, ClarityReplay.zip(ElectionNight.detail("Fulton", 2)));
        log.clear();
        assertThat(w.round()).isEmpty();
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).contains("GA/Fulton/68002/: version 184302: refused: detailxml.zip and summary.json"
                + " disagree on 'U.S. Representative, District 6': votes [", "(a version half published); the"
                + " previous version stays live");
        assertThat(store.versions(Optional.empty())).hasSize(1);
        night.publish(3);
        assertThat(w.round()).get().extracting(r -> r.version().number()).isEqualTo(2L);
    }

    @Test
    void aHostileSummaryRefusesItsVersionBeforeTheZipIsFetched() {
        Watcher w = watcher(night.sites());
        night.publish(1);
        w.round();
        night.putSummary("DeKalb", 2, "[{\"C\":\"U.S. Representative, District 6\",\"CH\":[\"A\"],\"V\":[-5]}]"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        night.publish("DeKalb", 2, ClarityReplay.zip(ElectionNight.detail("DeKalb", 2)));
        log.clear();
        int before = server.hits().size();
        assertThat(w.round()).isEmpty();
        assertThat(log).containsExactly("watch: " + night.site("DeKalb") + ": version 184302: refused: "
                + night.site("DeKalb") + "184302/json/en/summary.json: line 1: contest 0 V must be a whole number"
                + " from 0 to 2147483647, was -5; the previous version stays live");
        assertThat(server.hits().subList(before, server.hits().size())).extracting(FeedServer.Hit::path)
                .noneMatch(p -> p.endsWith("/reports/detailxml.zip"));
    }

    @Test
    void aCountySitesAddressGivesTheStateItsFilesDoNotName() {
        Watcher w = watcher(night.sites());
        night.publish(1);
        w.round();
        assertThat(store.load(Optional.empty(), AsOf.LATEST).election().state()).hasValue("GA");
        assertThat(Watcher.feeds(List.of(server.url("/results/Cobb/1/")), "bw", Duration.ofSeconds(1),
                dir.resolve("c")).get(0).state()).isEmpty();
        assertThat(Watcher.feeds(List.of(server.url("/XX/Cobb/1/"), server.url("/ga/Cobb/1/")), "bw",
                Duration.ofSeconds(1), dir.resolve("c")).stream().map(Feed::state)).containsOnly(Optional.empty());
    }

    @Test
    void anUnchangedFeedIsAskedConditionallyAndStoresNothing() {
        Watcher w = watcher(night.sites());
        night.publish(1);
        w.round();
        int before = server.hits().size();
        assertThat(w.round()).isEmpty();
        assertThat(server.hits().subList(before, server.hits().size())).extracting(FeedServer.Hit::status)
                .containsExactly(304, 304, 304);
        assertThat(store.versions(Optional.empty())).hasSize(1);
        assertThat(server.hits()).extracting(FeedServer.Hit::userAgent)
                .allMatch(ua -> ua.startsWith("bellwether/0.1.0 (election results feed watcher"));
    }

    @Test
    void aTruncatedZipIsRefusedWithOneLineAndThePreviousVersionStaysLive() {
        Watcher w = watcher(night.sites());
        night.publish(1);
        w.round();
        byte[] zip = ClarityReplay.zip(ElectionNight.detail("Fulton", 2));
        night.publish("Fulton", 2, Arrays.copyOf(zip, zip.length / 2));
        log.clear();
        assertThat(w.round()).isEmpty();
        assertThat(w.round()).isEmpty();
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).contains("GA/Fulton/68002/: refused version 184302:", "detailxml.zip",
                "the previous version stays live");
        assertThat(store.versions(Optional.empty())).hasSize(1);
        night.publish(3);
        assertThat(w.round()).get().extracting(r -> r.version().number()).isEqualTo(2L);
        assertThat(storedTotals(2)).containsEntry("KAREN HANDEL", 134_595L);
    }

    @Test
    void aFeedThatGoesBackwardsIsLoggedOnceAndIgnored() {
        Watcher w = watcher(night.sites());
        night.publish(2);
        w.round();
        night.publish("Cobb", 1, ClarityReplay.zip(ElectionNight.detail("Cobb", 1)));
        log.clear();
        assertThat(w.round()).isEmpty();
        assertThat(w.round()).isEmpty();
        assertThat(log).containsExactly("watch: " + night.site("Cobb") + ": the feed went backwards:"
                + " current_ver.txt names version 184301, lower than version 184302 already seen; ignored");
        assertThat(store.versions(Optional.empty())).hasSize(1);
    }

    @Test
    void aRestartedWatcherStillKnowsTheHighestVersionStoredAndIgnoresALowerPointer() {
        night.publish(2);
        watcher(night.sites()).round();
        night.publish(1);
        log.clear();
        Watcher restarted = watcher(night.sites());
        assertThat(restarted.round()).isEmpty();
        assertThat(log).hasSize(3).allMatch(l -> l.contains("the feed went backwards: current_ver.txt names version"
                + " 184301, lower than version 184302 already seen; ignored"));
        assertThat(store.versions(Optional.empty())).hasSize(1);
    }

    @Test
    void aFailingSiteIsRetriedWithBackoffBeforeARoundGivesUp() {
        Watcher w = watcher(night.sites());
        night.publish(1);
        server.failNext(2);
        assertThat(w.round()).isPresent();
        assertThat(server.hits()).extracting(FeedServer.Hit::status).startsWith(503, 503, 200);
        server.failNext(4 * 3);
        night.publish(2);
        log.clear();
        assertThat(w.round()).isEmpty();
        assertThat(log).hasSize(3).allMatch(l -> l.contains("cannot fetch the version pointer: ")
                && l.endsWith("current_ver.txt: HTTP 503"));
    }

    @Test
    void aFolderFileIsReadOnceItStaysTheSameAndAHalfWrittenOneIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        Watcher w = watcher(List.of(folder.toString()));
        Files.write(folder.resolve("Cobb.xml"), ElectionNight.detail("Cobb", 1));
        assertThat(w.round()).isEmpty();
        assertThat(w.round()).get().extracting(r -> r.version().number()).isEqualTo(1L);
        byte[] full = Files.readAllBytes(ClarityReplay.file("Cobb"));
        Files.write(folder.resolve("Cobb.xml"), Arrays.copyOf(full, full.length / 3));
        log.clear();
        w.round();
        assertThat(w.round()).isEmpty();
        assertThat(w.round()).isEmpty();
        assertThat(log).hasSize(2);
        assertThat(log.get(1)).contains("refused Cobb.xml: ", "Cobb.xml", "the previous version stays live");
        Files.write(folder.resolve("Cobb.xml"), full);
        w.round();
        assertThat(w.round()).get().extracting(r -> r.version().number()).isEqualTo(2L);
        assertThat(storedTotals(2)).containsEntry("KAREN HANDEL", 45_625L);
    }
}
