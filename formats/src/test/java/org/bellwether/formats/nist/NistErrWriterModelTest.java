package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing elections that come from other formats: what NIST holds exactly, and what it cannot. */
class NistErrWriterModelTest {

    @Test
    void ga06ShapedElectionValidatesAndReadsBackTheSameInBothEncodings(@TempDir Path dir) {
        Election e = ModelElections.ga06Runoff();

        assertThat(Schemas.xmlProblems(Written.xml(e))).isEmpty();
        assertThat(Schemas.jsonProblems(Written.json(e))).isEmpty();
        assertThat(Results.of(Written.readBack(Written.xml(e), dir, "ga06.xml"))).isEqualTo(Results.of(e));
        assertThat(Results.of(Written.readBack(Written.json(e), dir, "ga06.json"))).isEqualTo(Results.of(e));
    }

    @Test
    void voteTypeLabelsTravelInOtherTypeBesideTheCountItemType() {
        String xml = Written.xml(ModelElections.ga06Runoff());

        assertThat(xml).contains("<Type>election-day</Type>\n          <OtherType>Election Day Votes</OtherType>")
                .contains("<Type>early</Type>\n          <OtherType>advance_in_person_2</OtherType>")
                .contains("<Type>total</Type>\n          <Count>3</Count>");
    }

    @Test
    void aUnitIdThatIsNoXmlIdIsKeptInAnExternalIdentifier() {
        String xml = Written.xml(ModelElections.ga06Runoff());

        assertThat(xml).contains("<GpUnit ObjectId=\"gpu-cobb-addison-01-3\" xsi:type=\"ReportingUnit\">\n"
                + "    <ExternalIdentifier>\n      <Type>other</Type>\n      <OtherType>bellwether-unit-id</OtherType>\n"
                + "      <Value>Cobb/Addison 01</Value>");
        assertThat(xml).contains("<ComposingGpUnitIds>gpu-cobb-addison-01-3</ComposingGpUnitIds>");
    }

    @Test
    void unitsWithNoCommonParentGetAWrittenElectionScope(@TempDir Path dir) {
        Election e = ModelElections.flatCounties();
        String json = Written.json(e);

        assertThat(Schemas.jsonProblems(json)).isEmpty();
        Election back = Written.readBack(json, dir, "flat.json");
        assertThat(back.units()).hasSize(4).last().isEqualTo(new ReportingUnit("gpu-scope", "Flat",
                UnitLevel.DISTRICT, Optional.empty()));
        assertThat(back.units().subList(0, 3)).allSatisfy(u -> assertThat(u.parentId()).contains("gpu-scope"));
        assertThat(back.choiceTotals(0)).containsExactly(e.choiceTotals(0));
        assertThat(json).contains("GpUnit gpu-scope stands for the whole election: its units have no common parent.");
    }

    @Test
    void yesNoContestsAreWrittenAsBallotMeasures() {
        assertThat(Written.xml(ModelElections.flatCounties()))
                .contains("<Contest ObjectId=\"contest-1\" xsi:type=\"BallotMeasureContest\">")
                .contains("<Selection>\n          <Text Language=\"en\">Yes</Text>");
    }

    @Test
    void whatNistCannotHoldIsSummedOrLeftOutAndSaidInTheNotes(@TempDir Path dir) {
        Election e = ModelElections.statisticsNistCannotHold();
        String xml = Written.xml(e);

        assertThat(Schemas.xmlProblems(xml)).isEmpty();
        assertThat(xml).contains("2 over- and undervote figures by vote type are written summed per unit:"
                + " OtherCounts has no vote type.\n2 statistics are not written: NIST ERR has no place for ballots"
                + " cast of one contest, over- or undervotes of the whole ballot, or registered voters by vote type.");
        Election back = Written.readBack(xml, dir, "odd.xml");
        assertThat(back.statistics()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatisticKind.UNDERVOTES);
            assertThat(s.count()).isEqualTo(5);
            assertThat(back.voteTypes().get(s.voteType())).isEqualTo(VoteType.ALL);
        });
    }

    @Test
    void anUnknownElectionDateIsWrittenAsAPlaceholderAndReadsBackUnknown(@TempDir Path dir) {
        Election e = ModelElections.flatCounties();
        String xml = Written.xml(e);

        assertThat(xml).contains("<StartDate>0001-01-01</StartDate>").contains("<GeneratedDate>0001-01-01T00:00:00Z<")
                .contains("The election date is unknown: StartDate and EndDate say 0001-01-01.");
        assertThat(Written.readBack(xml, dir, "nodate.xml").date()).isEmpty();
    }

    @Test
    void controlCharactersAXmlFileCannotCarryBecomeReplacementCharacters() {
        ElectionBuilder b = new ElectionBuilder().name("Bell\u0007 election");
        b.unit("u", "U", UnitLevel.COUNTY, Optional.empty());

        String xml = Written.xml(b.build());

        assertThat(xml).contains("<Text Language=\"en\">Bell\uFFFD election</Text>");
        assertThat(Schemas.xmlProblems(xml)).isEmpty();
    }

    @Test
    void theReportNamesTheSoftwareAndNoClockTime() {
        String json = Written.json(ModelElections.ga06Runoff());

        assertThat(json).contains("\"VendorApplicationId\": \"Bellwether test\"")
                .contains("\"GeneratedDate\": \"2017-06-20T00:00:00Z\"").contains("\"Status\": \"unofficial-complete\"");
    }
}
