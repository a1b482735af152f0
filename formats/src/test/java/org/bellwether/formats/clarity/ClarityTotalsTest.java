package org.bellwether.formats.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.clarity.Tallies.votes;

import java.io.IOException;
import java.nio.file.Path;
import org.bellwether.core.Election;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.VoteType;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each total a Clarity file repeats is compared with the sum of its parts and never stored beside them: refused
 * by default, noted with both numbers under {@link TotalsPolicy#REPORT}.
 */
class ClarityTotalsTest {

    static final String HOUSE = "U.S. Representative, District 6";
    static final ReadOptions REPORT = ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT);

    @TempDir
    Path dir;

    @Test
    void storesThePartsOnlySoVotesAreCountedOnce() throws IOException {
        Election election = SmallDetail.read(SmallDetail.write(dir, SmallDetail.XML));

        assertThat(votes(election, HOUSE, "KAREN HANDEL")).isEqualTo(90);
        assertThat(election.tallies().size()).isEqualTo(4);
        assertThat(election.statistics()).hasSize(4);
    }

    @Test
    void refusesAChoiceTotalThatDiffersFromItsVoteTypes() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("totalVotes=\"90\"", "totalVotes=\"91\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 14: totalVotes of \"KAREN "
                + "HANDEL\" in \"U.S. Representative, District 6\": 91 differs from the sum of its vote types, 90"
                + " (--totals report would note this and keep the parts)");
    }

    @Test
    void refusesAVoteTypeThatDiffersFromItsPrecincts() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P2\" votes=\"35\"", "name=\"P2\" votes=\"36\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 15: \"Election Day\" votes of "
                + "\"KAREN HANDEL\" in \"U.S. Representative, District 6\": 60 differs from the sum of its "
                + "precincts, 61 (--totals report would note this and keep the parts)");
    }

    @Test
    void notesTurnoutThatDiffersFromItsPrecinctsAndKeepsTheVotes() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("ballotsCast=\"200\"", "ballotsCast=\"199\""));

        Election election = SmallDetail.read(file);

        assertThat(votes(election, HOUSE, "KAREN HANDEL")).isEqualTo(90);
        assertThat(election.notes()).contains("clarity-detail-xml: detail.xml: line 7: ballotsCast of <VoterTurnout>: "
                + "199 differs from the sum of its precincts, 200 (a statistic: noted, the parts kept)");
    }

    @Test
    void reportsEveryDifferenceAndKeepsTheParts() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P2\" votes=\"35\"", "name=\"P2\" votes=\"36\""));

        Election election = SmallDetail.read(file, REPORT);

        assertThat(votes(election, HOUSE, "KAREN HANDEL")).isEqualTo(91);
        // each figure is checked against its own parts: totalVotes (90) still equals the vote types' figures
        assertThat(election.notes()).contains("clarity-detail-xml: detail.xml: line 15: \"Election Day\" votes of "
                + "\"KAREN HANDEL\" in \"U.S. Representative, District 6\": 60 differs from the sum of its "
                + "precincts, 61");
        assertThat(election.notes()).last().asString().endsWith("1 choice total matches the sum of its vote types; "
                + "2 vote-type figures checked against the sum of their precincts: 1 differs (noted above); "
                + "2 turnout figures match the sum of their precincts");
    }

    @Test
    void storesAVoteTypeWithoutPrecinctsForTheRegion() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("""
                        <Precinct name="P1" votes="10" />
                        <Precinct name="P2" votes="20" />
                """, ""));

        Election election = SmallDetail.read(file);

        assertThat(votes(election, HOUSE, "KAREN HANDEL", "Cobb County", "Absentee by Mail")).isEqualTo(30);
        assertThat(election.tallies().get(election.tallies().size() - 1).unit()).isZero();
    }

    @Test
    void storesAChoiceWithoutVoteTypesAsAllVotesOfTheRegion() throws IOException {
        String xml = SmallDetail.XML;
        String choice = xml.substring(xml.indexOf("    <Choice"), xml.indexOf("  </Contest>"));
        Path file = SmallDetail.write(dir, xml.replace(choice,
                "    <Choice key=\"2\" text=\"JON OSSOFF (DEM)\" totalVotes=\"77\" />\n"));

        Election election = SmallDetail.read(file);

        assertThat(votes(election, HOUSE, "JON OSSOFF", "Cobb County", VoteType.ALL.label())).isEqualTo(77);
    }

    @Test
    void storesUndervotesAndOvervotesOfAContestAndNotesADifference() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("    <Choice key", """
                    <VoteType name="Undervotes" votes="7">
                      <Precinct name="P1" votes="3" />
                      <Precinct name="P2" votes="4" />
                    </VoteType>
                    <Choice key""").replaceFirst("name=\"P2\" votes=\"4\"", "name=\"P2\" votes=\"5\""));

        Election reported = SmallDetail.read(file);
        assertThat(reported.notes()).contains("clarity-detail-xml: detail.xml: line 14: \"Undervotes\" of \"U.S. "
                + "Representative, District 6\": 7 differs from the sum of its precincts, 8 (a statistic: noted, the"
                + " parts kept)");
        assertThat(reported.statistics()).filteredOn(s -> s.kind() == StatisticKind.UNDERVOTES)
                .extracting(s -> s.count()).containsExactly(3L, 5L);
    }
}
