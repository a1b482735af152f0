package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad and hostile cast-vote records fail with the file, the place and the problem. */
class HostileCvrTest {

    @TempDir
    Path dir;

    private RctabConfig config(String cvr, String provider, String contestId) throws IOException {
        Files.writeString(dir.resolve("c_config.json"), """
                {"outputSettings": {"contestName": "Mayor"},
                 "cvrFileSources": [{"filePath": "%s", "provider": "%s", "firstVoteColumnIndex": "2",
                   "firstVoteRowIndex": "2", "overvoteLabel": "overvote", "skippedRankLabel": "undervote",
                   "contestId": "%s"}],
                 "candidates": [{"name": "Ada"}, {"name": "Grace"}],
                 "rules": {"winnerElectionMode": "singleWinnerMajority", "overvoteRule": "exhaustImmediately",
                   "tiebreakMode": "stopCountingAndAsk", "maxRankingsAllowed": "3"}}
                """.formatted(cvr, provider, contestId));
        return RctabConfigReader.read(dir.resolve("c_config.json"));
    }

    private void xlsx(String name, String sheet) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    @Test
    void anUnknownCandidateNamesTheLineAndRank() throws IOException {
        Files.writeString(dir.resolve("cvr.csv"), "id,r1,r2\n1,Ada,Grace\n2,Grace,Alan\n");
        RctabConfig config = config("cvr.csv", "ess", "");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessage("cvr.csv: line 3: candidate \"Alan\" is not a candidate or alias of the configuration");
    }

    @Test
    void anInlineStringCellWithTheOvervoteLabelIsAnExplicitOvervote() throws IOException {
        xlsx("cvr.xlsx", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>overvote</t></is></c></row>"
                + "</sheetData></worksheet>");
        RctabConfig config = config("cvr.xlsx", "ess", "");
        org.bellwether.core.ranked.RankedBallots ballots = CastVoteRecords.read(config);
        org.assertj.core.api.Assertions.assertThat(ballots.ballots()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(ballots.marks(0))
                .containsExactly(org.bellwether.core.ranked.RankedBallots.mark(1,
                        org.bellwether.core.ranked.RankedBallots.OVERVOTE));
    }

    @Test
    void aDoctypeInAWorksheetIsRefusedBeforeItIsUsed() throws IOException {
        xlsx("cvr.xlsx", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet><sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + "</sheetData></worksheet>");
        RctabConfig config = config("cvr.xlsx", "ess", "");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("cvr.xlsx: xl/worksheets/sheet1.xml");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        StringBuilder rows = new StringBuilder("<worksheet><sheetData>");
        String filler = " ".repeat(1 << 20);
        for (int i = 0; i < 8; i++) {
            rows.append(filler);
        }
        xlsx("cvr.xlsx", rows.append("</sheetData></worksheet>").toString());
        RctabConfig config = config("cvr.xlsx", "ess", "");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessage("cvr.xlsx: xl/worksheets/sheet1.xml: inflates more than 400 times its compressed size,"
                        + " refused as a zip bomb (CvrLimits.MAX_COMPRESSION_RATIO)");
    }

    @Test
    void aFileThatIsNotAWorkbookSaysSo() throws IOException {
        Files.write(dir.resolve("cvr.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        RctabConfig config = config("cvr.xlsx", "ess", "");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("cvr.xlsx: is not an xlsx workbook");
    }

    @Test
    void aCdfSelectionOutsideTheContestNamesItsJsonPath() throws IOException {
        Files.writeString(dir.resolve("cvr.json"), """
                {"CVR": [{"CurrentSnapshotId": "s1", "CVRSnapshot": [{"@id": "s1", "CVRContest": [{"ContestId": "c1",
                  "CVRContestSelection": [{"ContestSelectionId": "cs-x", "Rank": 1}]}]}]}],
                 "Election": [{"Candidate": [{"@id": "a", "Name": "Ada"}], "Contest": [{"@id": "c1", "Name": "Mayor",
                  "ContestSelection": [{"@id": "cs-a", "CandidateIds": ["a"]}]}]}], "GpUnit": []}
                """);
        RctabConfig config = config("cvr.json", "cdf", "Mayor");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessage("cvr.json: $.CVR[0].CVRContest[0].CVRContestSelection[0]: contest selection \"cs-x\" is"
                        + " not a selection of the contest");
    }

    @Test
    void aCdfElectionGivenTwiceAfterTheCvrsIsRefused() throws IOException {
        String election = """
                "Election": [{"Candidate": [{"@id": "a", "Name": "Ada"}], "Contest": [{"@id": "c1", "Name": "Mayor",
                  "ContestSelection": [{"@id": "cs-a", "CandidateIds": ["a"]}]}]}]""";
        Files.writeString(dir.resolve("cvr.json"), """
                {"CVR": [{"CurrentSnapshotId": "s1", "CVRSnapshot": [{"@id": "s1", "CVRContest": [{"ContestId": "c1",
                  "CVRContestSelection": [{"ContestSelectionId": "cs-a", "Rank": 1}]}]}]}],
                """ + election + ",\n" + election + ",\n\"GpUnit\": []}\n");
        RctabConfig config = config("cvr.json", "cdf", "Mayor");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessage("cvr.json: line 5: the report has the key \"Election\" twice");
    }

    @Test
    void anUnreadProviderIsRefusedByName() throws IOException {
        Files.writeString(dir.resolve("cvr.xml"), "<x/>");
        RctabConfig config = config("cvr.xml", "sequoia", "");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessage("cvr.xml: provider \"sequoia\" is not read yet (read: ess, cdf, clearBallot, dominion,"
                        + " genericCsv, hart)");
    }

    private static final String CDF_XML_ELECTION = """
              <Election ObjectId="e"><Candidate ObjectId="c1"><Name>Ada</Name></Candidate>
                <Candidate ObjectId="c2"><Name>Grace</Name></Candidate>
                <Contest ObjectId="k"><Name>Mayor</Name>
                  <ContestSelection ObjectId="s1"><CandidateIds>c1</CandidateIds></ContestSelection>
                  <ContestSelection ObjectId="s2"><CandidateIds>c2</CandidateIds></ContestSelection></Contest>
              </Election>
            </CastVoteRecordReport>
            """;

    private static String cdfCvr(String selection) {
        return "<CVR><CurrentSnapshotId>s</CurrentSnapshotId><CVRSnapshot ObjectId=\"s\"><CVRContest>"
                + "<ContestId>k</ContestId>" + selection + "</CVRContest></CVRSnapshot></CVR>\n";
    }

    @Test
    void aCdfXmlSelectionOutsideTheContestNamesTheCvrsLine() throws IOException {
        Files.writeString(dir.resolve("cvr.xml"), "<?xml version=\"1.0\"?>\n<CastVoteRecordReport>\n"
                + cdfCvr("<CVRContestSelection><ContestSelectionId>s1</ContestSelectionId><Rank>1</Rank>"
                        + "</CVRContestSelection>")
                + cdfCvr("<CVRContestSelection><ContestSelectionId>s9</ContestSelectionId><Rank>1</Rank>"
                        + "</CVRContestSelection>")
                + CDF_XML_ELECTION);
        RctabConfig config = config("cvr.xml", "cdf", "Mayor");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessage("cvr.xml: line 4, CVR[1].CVRContest[0].CVRContestSelection[0]: contest selection \"s9\""
                        + " is not a selection of the contest");
    }

    @Test
    void aCdfXmlReportReadsItsRanksAndADoctypeIsRefused() throws IOException {
        Files.writeString(dir.resolve("cvr.xml"), "<?xml version=\"1.0\"?>\n<cdf:CastVoteRecordReport"
                + " xmlns:cdf=\"x\">\n" + cdfCvr("<CVRContestSelection><ContestSelectionId>s2</ContestSelectionId>"
                        + "<Rank>1</Rank></CVRContestSelection><CVRContestSelection><ContestSelectionId>s1"
                        + "</ContestSelectionId><SelectionPosition><HasIndication>yes</HasIndication><IsAllocable>yes"
                        + "</IsAllocable><Rank>2</Rank></SelectionPosition></CVRContestSelection>")
                + CDF_XML_ELECTION.replace("</CastVoteRecordReport>", "</cdf:CastVoteRecordReport>"));
        org.bellwether.core.ranked.RankedBallots ballots = CastVoteRecords.read(config("cvr.xml", "cdf", "Mayor"));
        org.assertj.core.api.Assertions.assertThat(ballots.marks(0)).containsExactly(
                org.bellwether.core.ranked.RankedBallots.mark(1, 1), org.bellwether.core.ranked.RankedBallots.mark(2,
                        0));

        Files.writeString(dir.resolve("cvr.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x \"y\">]>\n"
                + "<CastVoteRecordReport/>");
        RctabConfig config = config("cvr.xml", "cdf", "Mayor");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("cvr.xml: line 2: declares a DOCTYPE");
    }

    @Test
    void aHartSheetWithAnUnknownCodeOrABadValueNamesTheFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("hart"));
        String sheet = "<?xml version=\"1.0\"?><Cvr><Contests><Contest><Id>mayor</Id><Options>"
                + "<Option><Name>Ada</Name><Id>%s</Id><Value>%s</Value></Option></Options></Contest></Contests>"
                + "<PrecinctSplit><Name>10-1</Name></PrecinctSplit></Cvr>";
        Files.writeString(folder.resolve("a.xml"), sheet.formatted("Ada", "01"));
        Files.writeString(folder.resolve("a.xml.sig.xml"), "not a ballot");
        org.bellwether.core.ranked.RankedBallots ballots = CastVoteRecords.read(config("hart", "hart", "mayor"));
        org.assertj.core.api.Assertions.assertThat(ballots.ballots()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(ballots.marks(0))
                .containsExactly(org.bellwether.core.ranked.RankedBallots.mark(2, 0));

        Files.writeString(folder.resolve("b.xml"), sheet.formatted("x-17", "1"));
        assertThatThrownBy(() -> CastVoteRecords.read(config("hart", "hart", "mayor")))
                .isInstanceOf(InputException.class).hasMessage("b.xml: Option \"x-17\": candidate code \"x-17\""
                        + " (\"Ada\") is not a candidate or alias of the configuration");
        Files.writeString(folder.resolve("b.xml"), sheet.formatted("Ada", "1x"));
        assertThatThrownBy(() -> CastVoteRecords.read(config("hart", "hart", "mayor")))
                .isInstanceOf(InputException.class).hasMessage("b.xml: Option \"Ada\": Value \"1x\" is not a"
                        + " string of 0 and 1 (one per rank)");
    }
}
