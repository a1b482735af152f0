package org.bellwether.formats.gasos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.gasos.SmallExport.read;
import static org.bellwether.formats.gasos.SmallExport.replacing;
import static org.bellwether.formats.gasos.SmallExport.write;
import static org.bellwether.formats.gasos.Tallies.votes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.Election;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of the JSON: truncation, wrong types, limits, field order, unknown fields. */
class GeorgiaSosJsonReaderStructureTest {

    static final String HOUSE = "U.S. Representative, District 6";

    @TempDir
    Path dir;

    private void assertFails(String json, String message) {
        Path file = write(dir, json);
        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": " + message);
    }

    @Test
    void rejectsATruncatedRealExportWithItsLineAndColumn() throws Exception {
        String june = Files.readString(GeorgiaSosJsonReaderRealFilesTest.JUNE, StandardCharsets.UTF_8);

        assertFails(june.substring(0, 2000), "line 1, column 2001: file ends before the JSON is complete");
    }

    @Test
    void rejectsAFileCutInsideAString() {
        assertFails(SmallExport.JSON.substring(0, SmallExport.JSON.indexOf("Cobb Co") + 4),
                "line 9, column 26: file ends before the JSON is complete");
    }

    @Test
    void rejectsAnEmptyObjectForHavingNoResults() {
        assertFails("{}", "$: no \"results\" object: the file holds no results to read");
    }

    @Test
    void rejectsAFileOfOnlyWhitespace() {
        assertFails(" \n", "$: expected an object, found the end of the file");
    }

    @Test
    void rejectsAnArrayWhereTheDocumentShouldBe() {
        assertFails("[{\"electionName\":\"x\"}]", "$: expected an object, found an array");
    }

    @Test
    void rejectsAnArrayWhereTheStateBlockShouldBe() {
        assertFails("{\"electionName\":\"x\",\"results\":[]}", "$.results: expected an object, found an array");
    }

    @Test
    void rejectsAnObjectWhereBallotOptionsShouldBeAList() {
        assertFails(replacing("\"voteFor\":1,\"ballotOptions\":[\n   {\"id\":\"1\"",
                "\"voteFor\":1,\"ballotOptions\":{\n   \"x\":[{\"id\":\"1\""),
                "$.results.ballotItems[0].ballotOptions: expected an array, found an object");
    }

    @Test
    void rejectsANumberWhereAnOptionNameShouldBe() {
        assertFails(replacing("\"name\":\"JON OSSOFF (DEM)\",\"politicalParty\":\"DEM\",\"voteCount\":876",
                "\"name\":876,\"politicalParty\":\"DEM\",\"voteCount\":876"),
                "$.localResults[1].ballotItems[0].ballotOptions[1].name: expected a string, found the number 876");
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        String deep = "[".repeat(40) + "]".repeat(40);

        assertFails("{\"electionName\":\"x\",\"extra\":" + deep + "}",
                "line 1, column 61: JSON nesting depth 33 exceeds the limit of 32 (JsonLimit.NESTING_DEPTH)");
    }

    @Test
    void rejectsAStringLongerThanTheLimit() {
        assertFails("{\"electionName\":\"" + "x".repeat(10_001) + "\"}",
                "line 1, column 10020: JSON string length 10001 exceeds the limit of 10000 (JsonLimit.STRING_LENGTH)");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertFails(replacing("\"voteCount\":251}", "\"voteCount\":251 oops}"),
                "line 12, column 100: not valid JSON: Unexpected character ('o' (code 111)): was expecting comma to "
                        + "separate Object entries");
    }

    @Test
    void rejectsAFieldGivenTwice() {
        assertFails(replacing("\"voteCount\":251}", "\"voteCount\":251,\"voteCount\":250}"),
                "line 12, column 111: not valid JSON: Duplicate field 'voteCount'");
    }

    @Test
    void rejectsContentAfterTheDocument() {
        assertFails(SmallExport.JSON + "{}", "line 21, column 1: more content after the end of the JSON object");
    }

    @Test
    void rejectsAnOptionWithoutAName() {
        assertFails(replacing(
                "{\"id\":\"2\",\"name\":\"JON OSSOFF (DEM)\",\"politicalParty\":\"DEM\",\"voteCount\":2155",
                "{\"id\":\"2\",\"politicalParty\":\"DEM\",\"voteCount\":2155"),
                "$.results.ballotItems[0].ballotOptions[1]: \"name\" is missing or empty");
    }

    @Test
    void rejectsADateThatIsNoDate() {
        assertFails(replacing("2017-06-20", "2017-06-31"), "$.electionDate: \"2017-06-31\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void readsFieldsInAnyOrderWithCountiesBeforeTheState() {
        String json = SmallExport.JSON;
        int results = json.indexOf("\"results\"");
        int local = json.indexOf("\"localResults\"");
        String reordered = "{" + json.substring(local, json.lastIndexOf('}')) + ",\n" + json.substring(results, local)
                + json.substring(1, results) + "\"createdAt\":\"2025-01-08T14:59:44Z\"}";

        Election election = read(write(dir, reordered), ReadOptions.DEFAULT);

        assertThat(election.name()).isEqualTo("June 20, 2017 - Special Runoff");
        assertThat(election.units()).extracting(u -> u.id() + "<" + u.parentId().orElse(""))
                .containsExactly("Georgia<", "Cobb County<Georgia", "DeKalb County<Georgia");
        assertThat(votes(election, HOUSE, "KAREN HANDEL")).isEqualTo(2415);
        assertThat(votes(election, HOUSE, "JON OSSOFF", "DeKalb County", "Absentee by Mail")).isEqualTo(234);
    }

    @Test
    void notesEachUnknownFieldOnceAndReadsOn() {
        String json = SmallExport.JSON.replace("{\"groupName\":\"Election Day\",",
                "{\"groupName\":\"Election Day\",\"precinctCount\":{\"nested\":[1,2]},");
        json = replacing(json, "\"id\":\"s1\",", "\"id\":\"s1\",\"lastUpdated\":\"2017-06-21\",");

        Election election = read(write(dir, json), ReadOptions.DEFAULT);

        assertThat(election.notes()).containsExactly(
                "georgia-sos-json: export.json: ignored unknown field $.results.lastUpdated",
                "georgia-sos-json: export.json: ignored unknown field "
                        + "$.results.ballotItems[*].ballotOptions[*].groupResults[*].precinctCount",
                "georgia-sos-json: export.json: ignored unknown field "
                        + "$.localResults[*].ballotItems[*].ballotOptions[*].groupResults[*].precinctCount",
                "georgia-sos-json: export.json: 2 county blocks; 6 voteCounts match the sum of their "
                        + "groupResults; state-level totals of 1 contest match the sum of counties");
        assertThat(votes(election, HOUSE, "JON OSSOFF")).isEqualTo(2155);
    }

    @Test
    void notesRankedChoiceResultsItDoesNotRead() {
        String json = replacing("\"voteFor\":1,\"ballotOptions\":[\n   {\"id\":\"1\"",
                "\"voteFor\":1,\"rankedChoiceResults\":{\"rounds\":[]},\"ballotOptions\":[\n   {\"id\":\"1\"");

        Election election = read(write(dir, json), ReadOptions.DEFAULT);

        assertThat(election.notes()).first().isEqualTo("georgia-sos-json: export.json: ignored "
                + "$.results.ballotItems[*].rankedChoiceResults (ranked-choice rounds are not read)");
    }

    @Test
    void quotesAnOddFieldNameInItsPath() {
        Election election = read(write(dir, replacing("\"id\":\"s1\",", "\"id\":\"s1\",\"last updated\":1,")),
                ReadOptions.DEFAULT);

        assertThat(election.notes()).first()
                .isEqualTo("georgia-sos-json: export.json: ignored unknown field $.results[\"last updated\"]");
    }

    @Test
    void recognisesAnExportAfterAByteOrderMarkAndWhitespace() {
        byte[] head = ("\uFEFF \n" + SmallExport.JSON).getBytes(StandardCharsets.UTF_8);

        assertThat(new GeorgiaSosJsonReader().recognises(head)).isTrue();
    }

    @Test
    void doesNotRecogniseOtherJsonOrCsv() {
        GeorgiaSosJsonReader reader = new GeorgiaSosJsonReader();

        assertThat(reader.recognises("{\"Election\":{\"Contest\":[]}}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(reader.recognises("county,precinct,office\n\"electionName\"".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(reader.recognises(new byte[0])).isFalse();
    }

    @Test
    void readsABomPrefixedExport() {
        Election election = read(write(dir, "\uFEFF" + SmallExport.JSON), ReadOptions.DEFAULT);

        assertThat(votes(election, HOUSE, "KAREN HANDEL")).isEqualTo(2415);
    }
}
