package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, through its chromedriver, for the live pages' browser tests: started, asked what
 * the page shows, and photographed at an exact width. Skipped where either is not installed, except on CI, which
 * installs both.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips the test without Chromium and chromedriver (CI must have them). */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI installs chromium and chromium-driver (.ci/run)").isTrue();
        }
        assumeTrue(installed, "no Chromium and chromedriver (apt-get install chromium chromium-driver)");
    }

    static ChromeDriver start() throws Exception {
        ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static Object js(ChromeDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The version the live page shows. */
    static long shownVersion(ChromeDriver browser) {
        return Long.parseLong((String) js(browser, "return document.getElementById('live').dataset.version;"));
    }

    /** Waits until the live page shows version {@code v} (it swaps each new version in without a reload). */
    static void waitForVersion(ChromeDriver browser, long v, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (shownVersion(browser) < v && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(shownVersion(browser)).as("version shown").isEqualTo(v);
    }

    /**
     * A screenshot with the viewport exactly {@code width} CSS pixels wide (headless Chromium will not make a window
     * narrower than 500 px, so a phone's 390 is emulated through the DevTools protocol), with no sideways scrolling.
     */
    static void screenshotAt(ChromeDriver browser, Path file, int width, int height) throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        Thread.sleep(300);
        assertThat((Long) js(browser, "return window.innerWidth;")).isEqualTo((long) width);
        assertThat((Long) js(browser, "return document.documentElement.scrollWidth;")).as("no sideways scrolling")
                .isLessThanOrEqualTo((long) width);
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
