package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bellwether.core.rule.MajorityRunoff;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.server.watch.Watcher;
import org.bellwether.store.ResultsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The live page in Debian's Chromium, driven through its chromedriver: the watcher imports successive versions
 * from the loopback Clarity site while the page is open, and the page shows each version's figures without a
 * reload. Screenshots at phone and desktop width are kept in {@code target/test-output}. Skipped where Chromium or
 * chromedriver is not installed (CI installs both).
 */
@Tag("browser")
class LivePageBrowserTest {

    static final Path OUTPUT = Path.of("target", "test-output").toAbsolutePath();

    @TempDir
    Path dir;

    private FeedServer feeds;
    private ElectionNight night;
    private ResultsStore store;
    private ResultsServer server;
    private Thread watching;
    private final AtomicBoolean stop = new AtomicBoolean();
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        Chromium.assumeInstalled();
        Files.createDirectories(OUTPUT);
        feeds = new FeedServer();
        night = new ElectionNight(feeds);
        String db = dir.resolve("live.db").toString();
        store = ResultsStore.open(db);
        Watcher w = new Watcher(Watcher.feeds(night.sites(), "bellwether 0.1.0", Duration.ofSeconds(5),
                dir.resolve("cache")), Readers.standard(), ReadOptions.DEFAULT, store, "bellwether 0.1.0",
                Clock.systemUTC(), l -> { });
        night.publish(1);
        w.round();
        server = ResultsServer.start(db, ServeSettings.defaults().withRules(ContestRules.always(MajorityRunoff.georgia()))
                .withZone(java.time.ZoneId.of("America/New_York")).withTokenSha256(java.util.HexFormat.of().formatHex(
                        WriteToken.hash(DeclarationsApiTest.TOKEN))).withShapes(GeoShapes.read(
                        org.bellwether.core.SharedData.file("ga06-2017/shapes/GA06_Precincts.geojson"))
                        .withBaseline(SwingMapTest.president2016())), l -> { });
        watching = Thread.ofPlatform().start(() -> w.run(Duration.ofMillis(500), stop::get));
        browser = Chromium.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        stop.set(true);
        if (browser != null) {
            browser.quit();
        }
        if (watching != null) {
            watching.join();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        if (feeds != null) {
            feeds.close();
        }
    }

    private Object js(String script) {
        return Chromium.js(browser, script);
    }

    private long shownVersion() {
        return Chromium.shownVersion(browser);
    }

    private void waitForVersion(long v) throws InterruptedException {
        Chromium.waitForVersion(browser, v, Duration.ofSeconds(30));
    }

    private String votesOf(String choice) {
        return (String) js("return document.querySelector('#contest-0 tr[data-choice=\"" + choice
                + "\"] td.votes').textContent;");
    }

    private void screenshot(String name, int width, int height) throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        Thread.sleep(300);
        Files.write(OUTPUT.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void screenshotAt(String name, int width, int height) throws Exception {
        Chromium.screenshotAt(browser, OUTPUT.resolve(name), width, height);
    }

    @Test
    void thePageShowsEachNewVersionsFiguresWithoutAReload() throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        waitForVersion(1);
        js("window.sameDocument = 'yes';");
        List<Map<String, Long>> expected = ElectionNight.allTotals();
        assertThat(votesOf("KAREN HANDEL")).isEqualTo(String.format(java.util.Locale.ROOT, "%,d",
                expected.get(0).get("KAREN HANDEL (REP)")));
        screenshot("live-phone-v1.png", 412, 915);
        assertThat((Long) js("return document.querySelectorAll('#live-map path:not(.county)').length;")).isEqualTo(216L);
        assertThat((Long) js("return document.querySelectorAll('#live-map path.county').length;")).isEqualTo(3L);
        long notIn = (Long) js("return Array.from(document.querySelectorAll('#live-map path title'))"
                + ".filter(t => t.textContent.endsWith('not reported yet')).length;");
        assertThat(notIn).isPositive();
        for (int v = 2; v <= ElectionNight.VERSIONS; v++) {
            night.publish(v);
            waitForVersion(v);
            assertThat(votesOf("KAREN HANDEL")).isEqualTo(String.format(java.util.Locale.ROOT, "%,d",
                    expected.get(v - 1).get("KAREN HANDEL (REP)")));
            assertThat(votesOf("JON OSSOFF")).isEqualTo(String.format(java.util.Locale.ROOT, "%,d",
                    expected.get(v - 1).get("JON OSSOFF (DEM)")));
            assertThat(js("return window.sameDocument;")).as("no reload").isEqualTo("yes");
        }
        assertThat(votesOf("KAREN HANDEL")).isEqualTo("134,595");
        assertThat((String) js("return document.querySelector('#contest-0 .status').textContent;"))
                .isEqualTo("KAREN HANDEL elected");
        assertThat((Long) js("return document.querySelectorAll('.versions li').length;")).isEqualTo(3L);
        assertThat((Long) js("return Array.from(document.querySelectorAll('#live-map path title'))"
                + ".filter(t => t.textContent.endsWith('not reported yet')).length;")).isZero();
        assertThat((String) js("return Array.from(document.querySelectorAll('#live-map path title'))"
                + ".map(t => t.textContent).find(t => t.startsWith('Cobb / Addison 01:'));"))
                .matches("Cobb / Addison 01: KAREN HANDEL [0-9,]+, JON OSSOFF [0-9,]+; KAREN HANDEL leads by [0-9.]+ points");
        HttpResponse<String> call = Http.send(server.port(), "POST", "/api/v1/elections/" + browser.findElement(
                org.openqa.selenium.By.id("live")).getDomAttribute("data-election") + "/contests/0/call",
                "{\"choice\":\"JON OSSOFF\",\"by\":\"Night desk\",\"reason\":\"our turnout model\"}",
                DeclarationsApiTest.AUTH);
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"1".equals(js("return document.getElementById('live').dataset.declarations;"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat((String) js("return document.querySelector('#contest-0 .call').textContent;"))
                .startsWith("Called for JON OSSOFF by Night desk, ");
        assertThat((String) js("return document.querySelector('#contest-0 .disagrees').textContent;"))
                .isEqualTo("The count disagrees: it decides KAREN HANDEL elected.");
        assertThat(js("return window.sameDocument;")).as("no reload").isEqualTo("yes");
        screenshot("live-phone.png", 412, 915);
        screenshot("live-desktop.png", 1280, 900);
        assertThat(Files.size(OUTPUT.resolve("live-phone.png"))).isGreaterThan(10_000);
        screenshotAt("live-390.png", 390, 844);
        screenshotAt("live-1280.png", 1280, 900);

        assertThat(js("return getComputedStyle(document.querySelector('#live .by-swing')).display;")).isEqualTo("none");
        browser.findElement(org.openqa.selenium.By.cssSelector("label[for=map-by-swing]")).click();
        assertThat(js("return getComputedStyle(document.querySelector('#live .by-swing')).display;"))
                .isEqualTo("block");
        assertThat(js("return getComputedStyle(document.querySelector('#live .by-margin')).display;"))
                .isEqualTo("none");
        assertThat((Long) js("return Array.from(document.querySelectorAll('#live-swing-map path title'))"
                + ".filter(t => t.textContent.includes(' in President 2016 (')).length;")).isGreaterThan(150L);
        HttpResponse<String> cert = Http.send(server.port(), "POST", "/api/v1/elections/" + browser.findElement(
                org.openqa.selenium.By.id("live")).getDomAttribute("data-election") + "/contests/0/certification",
                "{\"by\":\"GA Secretary of State\",\"reason\":\"certified 26 June 2017\"}",
                DeclarationsApiTest.AUTH);
        assertThat(cert.statusCode()).as(cert.body()).isEqualTo(201);
        deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"2".equals(js("return document.getElementById('live').dataset.declarations;"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat((String) js("return document.querySelector('#contest-0 .certified').textContent;"))
                .startsWith("Certified (declared by GA Secretary of State, ");
        assertThat(js("return document.getElementById('map-by-swing').checked;")).as("the reader's choice stays")
                .isEqualTo(true);
        js("document.querySelector('#live .map').scrollIntoView();");
        screenshotAt("live-swing-390.png", 390, 844);
        js("document.querySelector('#live .map').scrollIntoView();");
        screenshotAt("live-swing-1280.png", 1280, 900);
    }

    /**
     * The time from a feed version appearing (its pointer published on the loopback site) to the page showing it,
     * read from the page's own record of when it swapped the figures in; the watcher looks every 500 ms. The
     * figures go to {@code target/test-output/latency.txt}; the goal is a median under 1 s.
     */
    @Test
    void aNewFeedVersionReachesTheOpenPageInUnderASecondAtTheMedian() throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        waitForVersion(1);
        List<Long> latencies = new ArrayList<>();
        int steps = 12;
        for (int k = 2; k <= steps; k++) {
            double share = k / (double) steps;
            for (String county : ClarityReplay.COUNTIES) {
                byte[] xml = ClarityReplay.detailXml(county, share, "6/20/2017 step " + k);
                night.publishDetail(county, 10 + k, xml);
            }
            long published = System.currentTimeMillis();
            long version = shownVersion() + 1;
            waitForVersion(version);
            long shownAt = Long.parseLong((String) js("return document.getElementById('live').dataset.shownAt;"));
            latencies.add(shownAt - published);
            Thread.sleep(137 * (k % 4));
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        Files.writeString(OUTPUT.resolve("latency.txt"), "feed version to page, ms (watcher every 500 ms): "
                + latencies + "; sorted " + sorted + "; median " + median + "\n");
        assertThat(median).isLessThan(1000);
    }
}
