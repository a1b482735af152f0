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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report in a real headless Chromium (Debian's {@code chromium} package), at a phone's width (390 px) and
 * a laptop's (1280 px): screenshots are kept in {@code target/report-390.png} and {@code target/report-1280.png},
 * the layout is measured in the rendered page (a copy of the report with a measuring script added; the report
 * itself has none) and the figures are read back from the rendered DOM. Skipped where no Chromium is installed.
 */
@Tag("browser")
class ReportBrowserTest {

    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
    /**
     * Measures what a reader sees: whether the page scrolls sideways, the smallest rendered text (SVG text at its
     * drawn size: font size times the chart's scale), any table wider than the page's column, and the charts.
     */
    private static final String MEASURE = """
            <script>
            addEventListener('load', () => {
              const main = document.querySelector('main').getBoundingClientRect();
              let min = 1e9, minText = '';
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                if (!n.textContent.trim() || el.closest('script,style,title') || el.getClientRects().length === 0) continue;
                let size = parseFloat(getComputedStyle(el).fontSize);
                const svg = el.closest('svg');
                if (svg) size *= svg.getScreenCTM().a;
                if (size < min) { min = size; minText = n.textContent.trim().slice(0, 40); }
              }
              const wide = [...document.querySelectorAll('table')].filter(t => t.getClientRects().length
                  && t.getBoundingClientRect().right > main.right + 1).map(t => t.id || t.className);
              parent.postMessage('scrollWidth=' + document.documentElement.scrollWidth + ';innerWidth=' + innerWidth
                  + ';minFont=' + min.toFixed(2) + ';minText=' + minText + ';wideTables=' + wide.join(',')
                  + ';charts=' + [...document.querySelectorAll('svg')].map(s => s.id).join(','), '*');
            });
            </script>
            """;
    /**
     * Headless Chromium will not make its window narrower than 500 px, so the page is measured in a frame of the
     * exact width, which reports back by message.
     */
    private static final String FRAME = """
            <!DOCTYPE html><html><body style="margin:0">
            <iframe src="%s" width="%d" height="900" style="border:0"></iframe>
            <script>
            addEventListener('message', e => {
              const out = document.createElement('pre');
              out.id = 'layout';
              out.textContent = e.data;
              document.body.appendChild(out);
            });
            </script></body></html>
            """;

    @TempDir
    static Path dir;

    private static Path html;

    @BeforeAll
    static void report() {
        html = dir.resolve("report.html");
        CommandRun run = CommandRun.of("report", "--simulations", "2000", "--out", html.toString(), "--data",
                SharedData.root().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
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

    private static int pngWidth(byte[] image) {
        // IHDR: the width is the big-endian int at byte 16
        return ((image[16] & 0xff) << 24) | ((image[17] & 0xff) << 16) | ((image[18] & 0xff) << 8) | (image[19] & 0xff);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theReportIsScreenshottedAtAPhonesAndALaptopsWidth(int width) throws Exception {
        Path png = Path.of("target", "report-" + width + ".png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        chromium(List.of("--window-size=" + width + ",2400", "--screenshot=" + png, html.toUri().toString()));
        byte[] image = Files.readAllBytes(png);
        assertThat(image).startsWith(0x89, 'P', 'N', 'G');
        assertThat(pngWidth(image)).isEqualTo(width);
        assertThat(image.length).isGreaterThan(50_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void nothingScrollsSidewaysAndNoTextIsSmallerThan12Px(int width) throws Exception {
        Path measured = dir.resolve("measured-" + width + ".html");
        Files.writeString(measured, Files.readString(html).replace("</body>", MEASURE + "</body>"));
        Path frame = Files.writeString(dir.resolve("frame-" + width + ".html"), FRAME.formatted(
                measured.getFileName(), width));
        String dom = chromium(List.of("--window-size=1400,1000", "--virtual-time-budget=10000", "--dump-dom",
                frame.toUri().toString()));
        Matcher m = Pattern.compile("scrollWidth=(\\d+);innerWidth=(\\d+);minFont=([0-9.]+);minText=(.*?);"
                + "wideTables=(.*?);charts=(.*?)</pre>").matcher(dom);
        assertThat(m.find()).as("the measuring script ran").isTrue();
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(width);
        assertThat(Integer.parseInt(m.group(1))).as("page width (no horizontal scroll)").isLessThanOrEqualTo(width);
        assertThat(Double.parseDouble(m.group(3))).as("smallest text: '" + m.group(4) + "'").isGreaterThanOrEqualTo(12);
        assertThat(m.group(5)).as("tables wider than the page").isEmpty();
        assertThat(m.group(6).split(",")).containsExactly("swing-bars", "precinct-map", "flow-diagram",
                "cycle-chart", "forecast-path", "seat-curve");
    }

    @Test
    void theRenderedDomLeadsWithTheResultsAndCarriesEveryFigure() throws Exception {
        String dom = chromium(List.of("--dump-dom", html.toUri().toString()));
        assertThat(dom).contains("GA-06's runoff: Karen Handel (R) won, 134,799 votes to Jon Ossoff (D)'s 125,517",
                "89 of the cycle's 200 contests", "median (D+5.0)", "average (D+8.3)", "imply a national House"
                        + " environment of D+8.3");
        assertThat(dom.indexOf("id=\"result-ga-06-round-1\"")).isLessThan(dom.indexOf("id=\"swing-bars\""));
        assertThat(dom).contains("JON OSSOFF (D) and KAREN HANDEL (R) went to the runoff", "to the runoff</span>",
                "Ron Estes (Republican) won, 64,044 votes", "GREG GIANFORTE (Republican) won, 190,520 votes");
        Matcher map = Pattern.compile("<svg id=\"precinct-map\"(.*?)</svg>", Pattern.DOTALL).matcher(dom);
        assertThat(map.find()).isTrue();
        assertThat(map.group(1).split("<path d=\"[^\"]*\" fill=", -1).length - 1).isEqualTo(216);
        assertThat(map.group(1)).contains(">Cobb</text>", ">DeKalb</text>", ">Fulton</text>", "class=\"county\"");
        assertThat(dom).contains("207 of 216 shapes matched", "id=\"map-legend\"", "Republican seats</text>",
                "national environment, R − D points</text>", "<details id=\"provenance\">",
                "<nav class=\"toc\" aria-label=\"Contents\"><a href=\"#the-results\">The results</a>");
        assertThat(dom).contains("<td data-label=\"ours\" class=\"n\">-5.94</td>",
                "<td data-label=\"FiveThirtyEight\" class=\"n\">-6.00</td>");
    }

    @Test
    void theReportIsByteIdenticalOnARerun() throws IOException {
        Path again = dir.resolve("again.html");
        CommandRun run = CommandRun.of("report", "--simulations", "2000", "--out", again.toString(), "--data",
                SharedData.root().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] first = Files.readAllBytes(html);
        assertThat(Files.readAllBytes(again)).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("<script", "http://", "https://");
    }
}
