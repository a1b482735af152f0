package org.bellwether.formats.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.bellwether.core.SharedData;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;

/**
 * Clarity's {@code json/en/summary.json}: the real Georgia 2020 general file (as recorded from the site, gzipped
 * inside an HTTP cassette), and hostile variants refused with the contest and the limit named.
 */
class ClaritySummaryTest {

    private static final String URL = "https://results.enr.clarityelections.com//GA/105369/271066/json/en/summary.json";

    /** The summary.json body recorded in {@code GA_2020_summary.json}. */
    static byte[] recordedSummary() throws IOException {
        byte[] cassette = Files.readAllBytes(SharedData.file("formats/clarity-ga-2020/GA_2020_summary.json"));
        try (JsonParser p = new JsonFactory().createParser(cassette)) {
            boolean inSummary = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING && "uri".equals(p.currentName())) {
                    inSummary = p.getText().endsWith("/json/en/summary.json");
                } else if (inSummary && t == JsonToken.VALUE_STRING && "base64_string".equals(p.currentName())) {
                    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(
                            Base64.getDecoder().decode(p.getText())))) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        throw new AssertionError("no summary.json in the cassette");
    }

    @Test
    void readsGeorgias2020SummaryContestByContest() throws IOException {
        ClaritySummary s = ClaritySummary.parse(recordedSummary(), URL);
        assertThat(s.contests()).hasSize(298);
        ClaritySummary.Contest president = s.contests().get(0);
        assertThat(president).isEqualTo(new ClaritySummary.Contest("President of the United States", 1, 159, 158,
                List.of("Donald J. Trump (I) (Rep)", "Joseph R. Biden (Dem)", "Jo Jorgensen (Lib)"),
                List.of("NP", "NP", "NP"), List.of(2_457_910L, 2_471_955L, 62_058L)));
        assertThat(president.sortedVotes()).containsExactly(2_471_955L, 2_457_910L, 62_058L);
        assertThat(s.contests().get(1).name()).isEqualTo("US Senate (Perdue)");
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> ClaritySummary.parse(json.getBytes(StandardCharsets.UTF_8), URL))
                .isInstanceOf(InputException.class).hasMessage(URL + ": " + message);
    }

    @Test
    void hostileSummariesAreRefusedNamingTheContestAndTheLimit() {
        assertRefused("{\"C\":1}", "line 1: the file must be an array, was {");
        assertRefused("[{\"CH\":[\"A\"],\"V\":[1]}]", "line 1: contest 0 has no name (C)");
        assertRefused("[{\"C\":\"Mayor\",\"CH\":[\"A\",\"B\"],\"V\":[1]}]", "line 1: contest 'Mayor' has 2 choices"
                + " (CH) but 1 vote counts (V) and 0 parties (P)");
        assertRefused("[{\"C\":\"Mayor\",\"CH\":[\"A\"],\"V\":[1.5]}]", "line 1: contest 0 V must be a whole number"
                + " from 0 to 2147483647, was 1.5");
        assertRefused("[{\"C\":\"Mayor\",\"CH\":[\"A\"],\"V\":[99999999999]}]", "line 1: contest 0 V must be a whole"
                + " number from 0 to 2147483647, was 99999999999");
        assertRefused("[{\"C\":\"Mayor\",\"TP\":3,\"PR\":4}]", "line 1: contest 'Mayor' has 4 precincts reporting (PR)"
                + " of 3 (TP)");
        assertRefused("[{\"C\":\"Mayor\",\"C\":\"Dog catcher\"}]", "summary.json is not valid JSON: Duplicate field 'C'");
        assertRefused("[{\"C\":\"Mayor\",\"VF\":0}]", "line 1: contest 'Mayor' votes for 0 (VF): not a number of seats");
        assertRefused("[{\"C\":\"Mayor\",\"K\":{\"a\":[1]}}]", "summary.json exceeds a limit: Document nesting depth (4)"
                + " exceeds the maximum allowed (3, from `StreamReadConstraints.getMaxNestingDepth()`)");
        assertRefused("[{\"C\":\"" + "x".repeat(1_001) + "\"}]", "summary.json exceeds a limit: String value length"
                + " (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxStringLength()`)");
        assertRefused("[{\"C\":\"Mayor\"}] []", "line 1: more than one JSON value");
        assertThat(ClaritySummary.parse("[]".getBytes(StandardCharsets.UTF_8), URL).contests()).isEmpty();
    }
}
