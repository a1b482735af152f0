package org.bellwether.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GA-06's runoff night on a {@link FeedServer}: one Clarity site per county, and versions 1, 2 and 3 in which a
 * third, two thirds and all of each county's precincts have reported. Version 3 is the real files, byte for byte.
 */
public final class ElectionNight {

    public static final int VERSIONS = 3;
    private static final String[] TIMES = {"8:40:00 PM EDT", "9:40:00 PM EDT", "11:28:53 PM EDT"};

    private final FeedServer server;

    public ElectionNight(FeedServer server) {
        this.server = server;
    }

    /** The site root of a county, as {@code watch} is given it. */
    public String site(String county) {
        return server.url("/GA/" + county + "/" + (68000 + ClarityReplay.COUNTIES.indexOf(county)) + "/");
    }

    public List<String> sites() {
        return ClarityReplay.COUNTIES.stream().map(this::site).toList();
    }

    private String path(String county) {
        return site(county).substring(site(county).indexOf("/GA/"));
    }

    /** The county's detail.xml at version {@code v} (1 to 3). */
    public static byte[] detail(String county, int v) {
        if (v == VERSIONS) {
            try {
                return Files.readAllBytes(ClarityReplay.file(county));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ClarityReplay.detailXml(county, v / (double) VERSIONS, "6/20/2017 " + TIMES[v - 1]);
    }

    /**
     * Puts version {@code v} of every county on the server, then points each site's current_ver.txt at it. Every
     * file is made before the first is put and the pointers move last, one after another, so that a watcher polling
     * meanwhile does not store a version with some counties at {@code v} and the rest before it (which a test
     * counting on the store's version {@code v} being the feed's would read as wrong figures).
     */
    public void publish(int v) {
        Map<String, byte[]> details = new LinkedHashMap<>();
        for (String county : ClarityReplay.COUNTIES) {
            details.put(county, detail(county, v));
        }
        Map<String, byte[]> summaries = new LinkedHashMap<>();
        Map<String, byte[]> zips = new LinkedHashMap<>();
        details.forEach((county, xml) -> {
            summaries.put(county, ClarityReplay.summaryJson(xml));
            zips.put(county, ClarityReplay.zip(xml));
        });
        for (String county : ClarityReplay.COUNTIES) {
            putSummary(county, v, summaries.get(county));
            putZip(county, v, zips.get(county));
        }
        for (String county : ClarityReplay.COUNTIES) {
            point(county, v);
        }
    }

    /** Puts a detail.xml as the county's version {@code v}, zipped and with its summary.json, and points at it. */
    public void publishDetail(String county, int v, byte[] detailXml) {
        putSummary(county, v, ClarityReplay.summaryJson(detailXml));
        publish(county, v, ClarityReplay.zip(detailXml));
    }

    /** Puts {@code json} as the county's {@code json/en/summary.json} of version {@code v}. */
    public void putSummary(String county, int v, byte[] json) {
        server.put(path(county) + clarityVersion(v) + "/json/en/summary.json", json);
    }

    /** Points the county's current_ver.txt at version {@code v}, whatever its folder holds. */
    public void point(String county, int v) {
        server.put(path(county) + "current_ver.txt", clarityVersion(v) + "\r\n");
    }

    /** Puts {@code zip} as the county's {@code reports/detailxml.zip} of version {@code v}, pointing at nothing. */
    public void putZip(String county, int v, byte[] zip) {
        server.put(path(county) + clarityVersion(v) + "/reports/detailxml.zip", zip);
    }

    /** Puts {@code zip} as the county's version {@code v} and points its current_ver.txt at it. */
    public void publish(String county, int v, byte[] zip) {
        server.put(path(county) + clarityVersion(v) + "/reports/detailxml.zip", zip);
        server.put(path(county) + "current_ver.txt", clarityVersion(v) + "\r\n");
    }

    public static long clarityVersion(int v) {
        return 184_300L + v;
    }

    /** Each choice's district total at version {@code v}, from the files themselves. */
    public static Map<String, Long> totals(int v) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String county : ClarityReplay.COUNTIES) {
            ClarityReplay.choiceTotals(detail(county, v)).forEach((k, n) -> totals.merge(k, n, Long::sum));
        }
        return totals;
    }

    public static List<Map<String, Long>> allTotals() {
        List<Map<String, Long>> all = new ArrayList<>();
        for (int v = 1; v <= VERSIONS; v++) {
            all.add(totals(v));
        }
        return all;
    }
}
