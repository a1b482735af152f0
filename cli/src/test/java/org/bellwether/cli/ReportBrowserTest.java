package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium (Debian's {@code chromium} package): a phone-sized screenshot is
 * taken (kept in {@code target/report-phone.png}), and the figures are read back from the rendered DOM. Skipped
 * where no Chromium is installed.
 */
@Tag("browser")
class ReportBrowserTest {

    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));

    @TempDir
    Path dir;

    private Path report() {
        Path html = dir.resolve("report.html");
        CommandRun run = CommandRun.of("report", "--simulations", "2000", "--out", html.toString(), "--data",
                SharedData.root().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return html;
    }

    private static String chromium(List<String> args) throws IOException, InterruptedException {
        Path browser = CHROMIUM.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (System.getenv("CI") != null) {
            assertThat(browser).as("CI installs Chromium (.ci/run), so the report is always checked there").isNotNull();
        }
        assumeTrue(browser != null, "no Chromium installed (apt-get install chromium)");
        Path profile = Files.createTempDirectory("chromium-profile");
        // Background networking off: this machine's network is closed and Chromium would retry connections.
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theReportRendersOnAPhoneWidthScreen() throws Exception {
        Path html = report();
        Path png = Path.of("target", "report-phone.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        chromium(List.of("--window-size=412,915", "--screenshot=" + png, html.toUri().toString()));
        byte[] image = Files.readAllBytes(png);
        assertThat(image).startsWith(0x89, 'P', 'N', 'G');
        // IHDR: the width is the big-endian int at byte 16
        assertThat(((image[16] & 0xff) << 24) | ((image[17] & 0xff) << 16) | ((image[18] & 0xff) << 8)
                | (image[19] & 0xff)).isEqualTo(412);
        assertThat(image.length).isGreaterThan(20_000);
    }

    @Test
    void theRenderedDomCarriesTheFiguresAndEveryChart() throws Exception {
        String dom = chromium(List.of("--dump-dom", report().toUri().toString()));
        assertThat(dom).contains("GA-06 runoff: margin +3.57; swing from President 2016 +2.07; against partisan"
                + " lean -10.93.", "-14.64 (simple), -13.33 (turnout-weighted)", "218: majority");
        for (String chart : List.of("swing-bars", "precinct-map", "flow-diagram", "seat-curve")) {
            assertThat(dom).contains("<svg id=\"" + chart + "\"");
        }
        Matcher map = Pattern.compile("<svg id=\"precinct-map\"(.*?)</svg>", Pattern.DOTALL).matcher(dom);
        assertThat(map.find()).isTrue();
        assertThat(map.group(1).split("<path ", -1).length - 1).isEqualTo(216);
        assertThat(dom).contains("207 of 216 shapes matched");
    }

    @Test
    void theReportIsByteIdenticalOnARerun() throws IOException {
        byte[] first = Files.readAllBytes(report());
        byte[] second = Files.readAllBytes(report());
        assertThat(first).isEqualTo(second);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("<script", "http://", "https://");
    }
}
