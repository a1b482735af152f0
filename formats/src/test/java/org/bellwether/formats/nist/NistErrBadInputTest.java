package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flawed NIST files, in both encodings: each flaw is bad input whose message names the file, the place and it. */
class NistErrBadInputTest {

    private static final String COUNT1_XML = "line 9";
    private static final String COUNT1_JSON = "$.Election[0].Contest[0].ContestSelection[0].VoteCounts[0]";

    private static Path xml(Path dir, String text) {
        return SmallReports.write(dir, "bad.xml", SmallReports.fill(text));
    }

    private static Path json(Path dir, String text) {
        return SmallReports.write(dir, "bad.json", SmallReports.fill(text));
    }

    @Test
    void aCountForAnUnknownGpUnitNamesTheReference(@TempDir Path dir) {
        Path x = xml(dir, SmallReports.XML.replace("{unit1}", "nowhere"));
        Path j = json(dir, SmallReports.JSON.replace("{unit1}", "nowhere"));

        assertThatThrownBy(() -> NistFiles.read(x))
                .hasMessage(x + ": " + COUNT1_XML + ": GpUnitId \"nowhere\" refers to no GpUnit");
        assertThatThrownBy(() -> NistFiles.read(j))
                .hasMessage(j + ": " + COUNT1_JSON + ".GpUnitId: GpUnitId \"nowhere\" refers to no GpUnit");
    }

    @Test
    void anUnknownCandidateIsNamed(@TempDir Path dir) {
        Path x = xml(dir, SmallReports.XML.replace("<CandidateIds>can-a<", "<CandidateIds>can-z<"));

        assertThatThrownBy(() -> NistFiles.read(x)).hasMessage(x + ": line 12: CandidateIds \"can-z\" refers to no"
                + " Candidate");
    }

    @Test
    void aNegativeCountIsRefused(@TempDir Path dir) {
        Path x = xml(dir, SmallReports.XML.replace("{count1}", "-3"));
        Path j = json(dir, SmallReports.JSON.replace("{count1}", "-3"));

        assertThatThrownBy(() -> NistFiles.read(x)).hasMessage(x + ": " + COUNT1_XML + ": Count -3 is negative");
        assertThatThrownBy(() -> NistFiles.read(j)).hasMessage(j + ": " + COUNT1_JSON + ".Count: Count -3 is negative");
    }

    @Test
    void aFractionalCountIsRefused(@TempDir Path dir) {
        Path j = json(dir, SmallReports.JSON.replace("{count1}", "2.5"));

        assertThatThrownBy(() -> NistFiles.read(j)).hasMessage(j + ": " + COUNT1_JSON
                + ".Count: Count \"2.5\" is not a whole number");
    }

    @Test
    void aCountOverTheTallyLimitIsRefused(@TempDir Path dir) {
        Path x = xml(dir, SmallReports.XML.replace("{count1}", "2147483648"));

        assertThatThrownBy(() -> NistFiles.read(x)).hasMessage(x + ": " + COUNT1_XML + ": Count \"2147483648\" is"
                + " over the limit of 2147483647 (TallyLimits.MAX_VOTES_PER_TALLY)");
    }

    @Test
    void aCountyTotalThatDisagreesWithItsPrecinctsIsRejectedByDefault(@TempDir Path dir) {
        Path x = xml(dir, SmallReports.XML.replace("{total}", "8"));

        assertThatThrownBy(() -> NistFiles.read(x)).hasMessage(x + ": line 11: votes for \"Ann Lee\" in \"Mayor\" at"
                + " GpUnit \"county\", vote type all: the total 8 differs from the sum of its parts, 7 (--totals report would"
                + " note this and keep the parts)");
    }

    @Test
    void aDisagreeingTotalIsNotedAndTheUnitsKeptWhenAskedToReport(@TempDir Path dir) {
        Path j = json(dir, SmallReports.JSON.replace("{total}", "8"));

        Election e = NistFiles.READERS.read(List.of(j), ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT));

        assertThat(e.choiceTotals(0)).containsExactly(7);
        assertThat(e.notes()).contains(j + ": $.Election[0].Contest[0].ContestSelection[0].VoteCounts[2].Count:"
                + " votes for \"Ann Lee\" in \"Mayor\" at GpUnit \"county\", vote type all: the total 8 differs from"
                + " the sum of its parts, 7; the parts are kept");
    }

    @Test
    void aCompositionCycleIsRefused(@TempDir Path dir) {
        Path x = xml(dir, SmallReports.XML.replace("{p1parts}", "county"));

        assertThatThrownBy(() -> NistFiles.read(x)).hasMessage(x + ": line 26: GpUnit composition forms a cycle"
                + " through \"county\"");
    }

    @Test
    void anObjectIdUsedTwiceIsRefused(@TempDir Path dir) {
        Path x = xml(dir, SmallReports.XML.replace("ObjectId=\"p2\"", "ObjectId=\"p1\""));

        assertThatThrownBy(() -> NistFiles.read(x)).hasMessage(x + ": line 28: ObjectId \"p1\" is used twice (first"
                + " at line 27)");
    }

    @Test
    void anUnknownCountItemTypeIsNamed(@TempDir Path dir) {
        Path x = xml(dir, SmallReports.XML.replaceFirst("<Type>total</Type>", "<Type>mail</Type>"));

        assertThatThrownBy(() -> NistFiles.read(x)).hasMessage(x + ": line 9: Type \"mail\" is not a NIST"
                + " CountItemType");
    }

    @Test
    void aTruncatedXmlFileIsMalformed(@TempDir Path dir) {
        String whole = SmallReports.fill(SmallReports.XML);
        Path x = SmallReports.write(dir, "cut.xml", whole.substring(0, whole.indexOf("<Name>Mayor")));

        assertThatThrownBy(() -> NistFiles.read(x)).hasMessage(x + ": line 15: malformed XML: XML document"
                + " structures must start and end within the same entity.");
    }

    @Test
    void aTruncatedJsonFileIsMalformed(@TempDir Path dir) {
        String whole = SmallReports.fill(SmallReports.JSON);
        Path j = SmallReports.write(dir, "cut.json", whole.substring(0, whole.indexOf("\"ElectionScopeId\"")));

        assertThatThrownBy(() -> NistFiles.read(j)).hasMessage(j + ": line 13: malformed JSON:"
                + " Unexpected end-of-input within/between Object entries");
    }

    @Test
    void twoElectionsInOneReportAreRefused(@TempDir Path dir) {
        Path x = xml(dir, SmallReports.XML.replace("<Format>", "<Election></Election>\n<Format>"));

        assertThatThrownBy(() -> NistFiles.read(x)).hasMessage(x + ": line 24: the ElectionReport holds more than one"
                + " Election; Bellwether reads one election per file");
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsRefusedNamingIt(@TempDir Path dir) {
        Path j = json(dir, SmallReports.JSON.replace("\"Format\":", "\"Deep\": " + "[".repeat(70) + "]".repeat(70)
                + ", \"Format\":"));

        assertThatThrownBy(() -> NistFiles.read(j)).hasMessageEndingWith("JSON nesting depth 65 exceeds the limit"
                + " of 64 (NistLimit.NESTING_DEPTH)");
    }

    @Test
    void aRepeatedJsonKeyIsRefused(@TempDir Path dir) {
        Path j = json(dir, SmallReports.JSON.replace("\"Name\": \"Mayor\",", "\"Name\": \"Mayor\", \"Name\": \"X\","));

        assertThatThrownBy(() -> NistFiles.read(j)).hasMessage(j + ": line 12: malformed JSON:"
                + " Duplicate field 'Name'");
    }
}
