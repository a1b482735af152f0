package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The live page of a ranked-choice contest in Debian's Chromium: Minneapolis's 2013 mayoral cast-vote records,
 * stored first in part and then whole while the page is open; the page shows each version's rounds (the chart of
 * every candidate, each round's bars with the threshold, the eliminated greyed, the transfers) without a reload.
 * Screenshots at exactly 390 and 1280 CSS pixels go to {@code target/test-output}. Skipped where Chromium or
 * chromedriver is not installed (CI installs both).
 */
@Tag("browser")
class LiveRankedPageBrowserTest {

    @TempDir
    Path dir;

    private ResultsServer server;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private Object js(String script) {
        return Chromium.js(browser, script);
    }

    /** The votes the final round's table shows for {@code choice}. */
    private String finalRoundVotes(String choice) {
        return (String) js("const rounds = document.querySelectorAll('#contest-0 details.round');"
                + "return rounds[rounds.length - 1].querySelector('tr[data-choice=\"" + choice + "\"] td.n')"
                + ".textContent;");
    }

    private static String figure(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,d", v.toBigIntegerExact());
    }

    private void screenshotAt(String name, int width, int height) throws Exception {
        Chromium.screenshotAt(browser, LivePageBrowserTest.OUTPUT.resolve(name), width, height);
    }

    @Test
    void thePageShowsTheRoundsOfEachStoredVersionWithoutAReload() throws Exception {
        Chromium.assumeInstalled();
        Files.createDirectories(LivePageBrowserTest.OUTPUT);
        String db = dir.resolve("ranked.db").toString();
        RankedNight.storeFirst(db);
        server = ResultsServer.start(db, ServeSettings.defaults().withZone(java.time.ZoneId.of("America/Chicago")),
                l -> { });
        browser = Chromium.start();
        browser.get("http://127.0.0.1:" + server.port() + "/");
        Chromium.waitForVersion(browser, 1, Duration.ofSeconds(60));
        js("window.sameDocument = 'yes';");
        RankedOutcome partial = RankedTabulator.tabulate(RankedNight.first(RankedNight.FIRST).ballots(),
                RankedNight.config().rule());
        String winner = partial.elected().get(0).name();
        int winnerIndex = partial.contest().indexOf(winner);
        assertThat(finalRoundVotes(winner)).isEqualTo(figure(partial.finalRound().tallies().get(winnerIndex)));
        assertThat((Long) js("return document.querySelectorAll('#contest-0 details.round').length;"))
                .isEqualTo((long) partial.rounds().size());

        RankedNight.storeWhole(db);
        Chromium.waitForVersion(browser, 2, Duration.ofSeconds(60));
        assertThat(js("return window.sameDocument;")).as("no reload").isEqualTo("yes");
        assertThat((String) js("return document.querySelector('#contest-0 .status').textContent;"))
                .isEqualTo("BETSY HODGES elected");
        // RCTab's own figures for the final round (2013_minneapolis_mayor_expected_detailed_report.json)
        assertThat(finalRoundVotes("BETSY HODGES")).isEqualTo("38,852");
        assertThat(finalRoundVotes("MARK ANDREW")).isEqualTo("24,942");
        assertThat((String) js("return document.querySelector('#contest-0 .cvr').textContent;"))
                .startsWith("80,101 cast-vote records, ");
        assertThat((Long) js("return document.querySelectorAll('#contest-0 details.round').length;")).isEqualTo(33L);
        assertThat((Boolean) js("const rounds = document.querySelectorAll('#contest-0 details.round');"
                + "return rounds[rounds.length - 1].open && !rounds[0].open;")).isTrue();
        // round 1: the write-ins greyed as eliminated, and where their 117 votes went said in words
        browser.findElement(By.cssSelector("#contest-0 details.round-1 summary")).click();
        assertThat((String) js("return document.querySelector('#contest-0 details.round-1 tr.out').dataset.choice;"))
                .isEqualTo("Undeclared Write-ins");
        assertThat((String) js("return getComputedStyle(document.querySelector("
                + "'#contest-0 details.round-1 tr.out rect.kept')).fill;")).isEqualTo("rgb(200, 200, 200)");
        assertThat((String) js("return document.querySelector('#contest-0 details.round-1 p.decision').textContent;"))
                .startsWith("Undeclared Write-ins eliminated: ").contains("BETSY HODGES 21", "exhausted 37");
        // round 2 shows what the transfer brought: a light segment after the dark one, and the change
        assertThat((String) js("return document.querySelector('#contest-0 details.round-2 tr[data-choice=\"BETSY"
                + " HODGES\"]').cells[3].textContent;")).isEqualTo("+21");
        assertThat((Long) js("return document.querySelectorAll('#contest-0 details.round-2 rect.gain').length;"))
                .isPositive();
        // the threshold line crosses every bar of a round
        assertThat((Long) js("return document.querySelectorAll('#contest-0 details.round-33 rect.threshold')"
                + ".length;")).isEqualTo(2L);
        // the overview: every candidate, the winner first, the eliminated greyed
        assertThat((Long) js("return document.querySelectorAll('#contest-0 table.overview tr[data-choice]')"
                + ".length;")).isEqualTo(36L);
        assertThat((String) js("return document.querySelector('#contest-0 table.overview tr.won').dataset.choice;"))
                .isEqualTo("BETSY HODGES");
        // the text of the charts: bars hidden from screen readers, every round in one table
        assertThat((Long) js("return document.querySelectorAll('#contest-0 td.bar svg:not([aria-hidden=\"true\"])')"
                + ".length;")).isZero();
        assertThat((Long) js("return document.querySelectorAll('#contest-0 table.all-rounds tr').length;"))
                .isEqualTo(1L + 36 + 2);
        browser.findElement(By.cssSelector("#contest-0 details.round-1 summary")).click();
        js("window.scrollTo(0, 0);");
        screenshotAt("live-ranked-390.png", 390, 844);
        screenshotAt("live-ranked-1280.png", 1280, 900);
        js("document.querySelector('#contest-0 details.round-2').open = true;"
                + "document.querySelector('#contest-0 details.round-2').scrollIntoView();");
        screenshotAt("live-ranked-round-390.png", 390, 844);
    }
}
