package org.bellwether.formats.nist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A minimal NIST ERR report in both encodings, one element per line so that tests can name lines: a county of two
 * precincts and one contest with one candidate. {@code {count1}}, {@code {unit1}} and the rest are filled in by
 * each test to make the flaw it needs.
 */
final class SmallReports {

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ElectionReport xmlns="http://itl.nist.gov/ns/voting/1500-100/v2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <Election>
            <Candidate ObjectId="can-a">
            <BallotName><Text Language="en">Ann Lee</Text></BallotName>
            </Candidate>
            <Contest ObjectId="con-1" xsi:type="CandidateContest">
            <ContestSelection ObjectId="sel-1" xsi:type="CandidateSelection">
            <VoteCounts><GpUnitId>{unit1}</GpUnitId><Type>total</Type><Count>{count1}</Count></VoteCounts>
            <VoteCounts><GpUnitId>p2</GpUnitId><Type>total</Type><Count>{count2}</Count></VoteCounts>
            <VoteCounts><GpUnitId>county</GpUnitId><Type>total</Type><Count>{total}</Count></VoteCounts>
            <CandidateIds>can-a</CandidateIds>
            </ContestSelection>
            <ElectionDistrictId>county</ElectionDistrictId>
            <Name>Mayor</Name>
            <VotesAllowed>1</VotesAllowed>
            </Contest>
            <ElectionScopeId>county</ElectionScopeId>
            <Name><Text Language="en">Test election</Text></Name>
            <StartDate>2024-11-05</StartDate>
            <EndDate>2024-11-05</EndDate>
            <Type>general</Type>
            </Election>
            <Format>precinct-level</Format>
            <GeneratedDate>2024-11-06T00:00:00Z</GeneratedDate>
            <GpUnit ObjectId="county" xsi:type="ReportingUnit"><ComposingGpUnitIds>{parts}</ComposingGpUnitIds><Type>county</Type></GpUnit>
            <GpUnit ObjectId="p1" xsi:type="ReportingUnit"><ComposingGpUnitIds>{p1parts}</ComposingGpUnitIds><Type>precinct</Type></GpUnit>
            <GpUnit ObjectId="p2" xsi:type="ReportingUnit"><Type>precinct</Type></GpUnit>
            <Issuer>Test</Issuer>
            <IssuerAbbreviation>T</IssuerAbbreviation>
            <SequenceStart>1</SequenceStart>
            <SequenceEnd>1</SequenceEnd>
            <Status>certified</Status>
            <VendorApplicationId>test</VendorApplicationId>
            </ElectionReport>
            """;

    static final String JSON = """
            {"@type": "ElectionResults.ElectionReport",
             "Election": [{"@type": "ElectionResults.Election",
              "Candidate": [{"@type": "ElectionResults.Candidate", "@id": "can-a",
                "BallotName": {"Text": [{"Content": "Ann Lee", "Language": "en"}]}}],
              "Contest": [{"@type": "ElectionResults.CandidateContest", "@id": "con-1",
                "ContestSelection": [{"@type": "ElectionResults.CandidateSelection", "@id": "sel-1",
                  "VoteCounts": [
                   {"GpUnitId": "{unit1}", "Type": "total", "Count": {count1}},
                   {"GpUnitId": "p2", "Type": "total", "Count": {count2}},
                   {"GpUnitId": "county", "Type": "total", "Count": {total}}],
                  "CandidateIds": ["can-a"]}],
                "ElectionDistrictId": "county", "Name": "Mayor", "VotesAllowed": 1}],
              "ElectionScopeId": "county",
              "Name": {"Text": [{"Content": "Test election", "Language": "en"}]},
              "StartDate": "2024-11-05", "EndDate": "2024-11-05", "Type": "general"}],
             "GpUnit": [
              {"@type": "ElectionResults.ReportingUnit", "@id": "county", "ComposingGpUnitIds": [{partsJson}],
               "Type": "county"},
              {"@type": "ElectionResults.ReportingUnit", "@id": "p1", "ComposingGpUnitIds": [{p1partsJson}],
               "Type": "precinct"},
              {"@type": "ElectionResults.ReportingUnit", "@id": "p2", "Type": "precinct"}],
             "Format": "precinct-level", "GeneratedDate": "2024-11-06T00:00:00Z", "Issuer": "Test",
             "IssuerAbbreviation": "T", "SequenceStart": 1, "SequenceEnd": 1, "Status": "certified",
             "VendorApplicationId": "test"}
            """;

    private SmallReports() {
    }

    /** The template with sound values: Ann has 3 + 4 votes in the precincts and 7 in the county. */
    static String fill(String template) {
        return template.replace("{unit1}", "p1").replace("{count1}", "3").replace("{count2}", "4")
                .replace("{total}", "7").replace("{partsJson}", "\"p1\", \"p2\"").replace("{parts}", "p1 p2")
                .replace("{p1partsJson}", "").replace("{p1parts}", "")
                .replace("<ComposingGpUnitIds></ComposingGpUnitIds>", "")
                .replace("\"ComposingGpUnitIds\": [], ", "");
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
