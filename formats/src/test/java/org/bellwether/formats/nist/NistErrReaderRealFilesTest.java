package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionType;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteType;
import org.junit.jupiter.api.Test;

class NistErrReaderRealFilesTest {

    @Test
    void readsTheSyntheticGen01TestDeckAndDropsTheCountyTotalsAfterCheckingThem() {
        Election e = NistFiles.read(NistFiles.GEN01_XML);

        assertThat(e.name()).isEqualTo("Unnamed Election");
        assertThat(e.date()).contains(LocalDate.of(2000, 11, 7));
        assertThat(e.type()).isEqualTo(ElectionType.GENERAL);
        assertThat(e.contests()).hasSize(19);
        assertThat(e.units()).hasSize(14);
        assertThat(e.voteTypes()).containsExactly(VoteType.ALL);
        assertThat(e.tallies().size()).isEqualTo(144);
        assertThat(e.notes().get(0)).isEqualTo("nist-err-xml " + NistFiles.GEN01_XML
                + ": 19 contests, 14 units, 96 totals checked against their parts; 1 choice repeats a name in its"
                + " contest and is numbered (Write-in 2); 4 ballot measure or party contests read as contests,"
                + " selections as choices");
    }

    @Test
    void gen01UnitsWithoutCompositionSitInsideTheElectionScope() {
        Election e = NistFiles.read(NistFiles.GEN01_JSON);

        assertThat(e.units().get(0)).isEqualTo(new ReportingUnit("ru-county-1", "Test County", UnitLevel.DISTRICT,
                Optional.empty()));
        assertThat(e.units().subList(1, 14)).allSatisfy(u -> assertThat(u.parentId()).contains("ru-county-1"));
        assertThat(e.units().get(1).level()).isEqualTo(UnitLevel.PRECINCT);
    }

    @Test
    void gen01TicketsStraightPartyAndTwoWriteInLinesBecomeChoices() {
        Election e = NistFiles.read(NistFiles.GEN01_XML);

        int president = e.contestIndex("President and Vice President of the United States");
        assertThat(e.contests().get(president).choices()).containsExactly(
                new Choice("Harry Brown / Jim Doyle", Optional.of("Libertarian"), false),
                new Choice("George Bush / Dick Cheney", Optional.of("Republican"), false),
                new Choice("Al Gore / Joe Liberman", Optional.of("Democrat"), false),
                new Choice("Write-in", Optional.empty(), true));
        assertThat(e.choiceTotals(president)).containsExactly(12, 12, 8, 8);
        int assessor = e.contestIndex("County Assessor");
        assertThat(e.contests().get(assessor).voteFor()).isEqualTo(2);
        assertThat(e.contests().get(assessor).choices()).extracting(Choice::name)
                .endsWith("Write-in", "Write-in 2");
        assertThat(e.choiceTotals(assessor)).endsWith(16, 8);
        int party = e.contestIndex("Straight Party");
        assertThat(e.contests().get(party).choices()).extracting(Choice::label)
                .containsExactly("Libertarian (Libertarian)", "Republican (Republican)", "Democrat (Democrat)");
        assertThat(e.choiceTotals(party)).containsExactly(4, 4, 4);
        int proposal = e.contestIndex("Proposal 2 - Stadium");
        assertThat(e.contests().get(proposal).choices()).extracting(Choice::name).containsExactly("YES", "NO");
        assertThat(e.choiceTotals(proposal)).containsExactly(10, 10);
    }

    @Test
    void gen01UndervotesAreStoredForThePrecinctsOnly() {
        Election e = NistFiles.read(NistFiles.GEN01_XML);

        int party = e.contestIndex("Straight Party");
        assertThat(e.statistics()).filteredOn(s -> s.contest() == party && s.kind() == StatisticKind.UNDERVOTES)
                .extracting(s -> e.units().get(s.unit()).id() + "=" + s.count())
                .containsExactly("cp-1-4-5-6=7", "cp-3-7-8-9=7", "ps-2a=7", "ps-2b=7");
    }

    @Test
    void readsCambridge2022ItsDistrictContestsNamedApart() {
        Election e = NistFiles.read(NistFiles.CAMBRIDGE_XML);

        assertThat(e.name()).isEqualTo("General Election");
        assertThat(e.date()).contains(LocalDate.of(2022, 11, 8));
        assertThat(e.contests()).hasSize(26);
        assertThat(e.units()).hasSize(88);
        assertThat(e.tallies().size()).isEqualTo(2160);
        assertThat(e.contestIndex("REPRESENTATIVE IN CONGRESS, FIFTH DISTRICT")).isEqualTo(5);
        assertThat(e.contestIndex("REPRESENTATIVE IN CONGRESS, SEVENTH DISTRICT")).isEqualTo(6);
        int governor = e.contestIndex("GOVERNOR AND LIEUTENANT GOVERNOR");
        assertThat(e.contests().get(governor).choices()).extracting(Choice::label).containsExactly(
                "DIEHL AND ALLEN (REPUBLICAN)", "HEALEY AND DRISCOLL (DEMOCRAT)", "REED AND EVERETT (LIBERTARIAN)",
                "Write-in");
        assertThat(e.choiceTotals(governor)).containsExactly(2768, 33312, 423, 57);
        int question1 = e.contestIndex("ADDITIONAL TAX ON INCOME OVER 1 MILLION DOLLARS");
        assertThat(e.choiceTotals(question1)).containsExactly(27606, 8355);
    }

    @Test
    void cambridgeBallotsCastAndUndervotesAddUpForTheGovernorsRace() {
        Election e = NistFiles.read(NistFiles.CAMBRIDGE_JSON);

        int governor = e.contestIndex("GOVERNOR AND LIEUTENANT GOVERNOR");
        long ballots = e.statistics().stream().filter(s -> s.kind() == StatisticKind.BALLOTS_CAST)
                .mapToLong(s -> s.count()).sum();
        long under = e.statistics().stream().filter(s -> s.kind() == StatisticKind.UNDERVOTES
                && s.contest() == governor).mapToLong(s -> s.count()).sum();
        assertThat(ballots).isEqualTo(36_897);
        assertThat(under).isEqualTo(337);
        assertThat(java.util.Arrays.stream(e.choiceTotals(governor)).sum() + under).isEqualTo(ballots);
        assertThat(e.statistics()).hasSize(42 + 660);
    }

    @Test
    void cambridgePrecinctsHangUnderTheCityThoughManyUnitsComposeThem() {
        Election e = NistFiles.read(NistFiles.CAMBRIDGE_XML);

        assertThat(e.units().get(0)).isEqualTo(new ReportingUnit("prec-1-1", "Precinct 1-1", UnitLevel.PRECINCT,
                Optional.of("loc-cambridge")));
        assertThat(e.units().get(42)).isEqualTo(new ReportingUnit("loc-cambridge", "Cambridge", UnitLevel.COUNTY,
                Optional.empty()));
    }

    @Test
    void theXmlAndJsonEncodingsOfEachFileReadToTheSameElection() {
        assertThat(Results.of(NistFiles.read(NistFiles.GEN01_JSON)))
                .isEqualTo(Results.of(NistFiles.read(NistFiles.GEN01_XML)));
        assertThat(Results.of(NistFiles.read(NistFiles.CAMBRIDGE_JSON)))
                .isEqualTo(Results.of(NistFiles.read(NistFiles.CAMBRIDGE_XML)));
    }
}
