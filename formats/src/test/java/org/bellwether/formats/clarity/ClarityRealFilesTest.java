package org.bellwether.formats.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.clarity.Tallies.statistic;
import static org.bellwether.formats.clarity.Tallies.votes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ElectionType;
import org.bellwether.core.Reporting;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.SharedData;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteCategory;
import org.bellwether.formats.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * The GA-06 runoff as published on election night, and Cobb's and DeKalb's 2016 general, by precinct and vote
 * type. Every figure was first computed from the files with Python's ElementTree and is asserted as the files say.
 */
class ClarityRealFilesTest {

    static final String HOUSE = "U.S. Representative, District 6";
    static final List<Path> RUNOFF = List.of(SharedData.file("ga06-2017/clarity/special_Cobb.xml"),
            SharedData.file("ga06-2017/clarity/special_DeKalb.xml"),
            SharedData.file("ga06-2017/clarity/special_Fulton.xml"));
    static final Path COBB_2016 = SharedData.file("ga-baseline/2016-clarity/general_Cobb.xml");
    static final Path DEKALB_2016 = SharedData.file("ga-baseline/2016-clarity/general_DeKalb.xml");

    static Election read(List<Path> files) {
        ElectionBuilder builder = new ElectionBuilder();
        files.forEach(f -> new ClarityDetailReader().read(f, builder, ReadOptions.DEFAULT));
        return builder.build();
    }

    @Test
    void electionNightFilesOfTheRunoffAddUpToTheirUncertifiedTotals() {
        Election runoff = read(RUNOFF);

        // the certified results are 134,799 and 125,517: these files were published at 11:28 PM
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL")).isEqualTo(134_595);
        assertThat(votes(runoff, HOUSE, "JON OSSOFF")).isEqualTo(124_893);
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", "Cobb County", null)).isEqualTo(45_625);
        assertThat(votes(runoff, HOUSE, "JON OSSOFF", "DeKalb County", null)).isEqualTo(33_847);
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", "Fulton County", null)).isEqualTo(64_900);
    }

    @Test
    void namesTheRunoffAsTheGeorgiaSosExportDoes() {
        Election runoff = read(RUNOFF);

        assertThat(runoff.name()).isEqualTo("June 20, 2017 - Special Runoff");
        assertThat(runoff.date()).contains(LocalDate.of(2017, 6, 20));
        assertThat(runoff.type()).isEqualTo(ElectionType.RUNOFF);
        assertThat(runoff.contests()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo(HOUSE);
            assertThat(c.choices()).containsExactly(new Choice("KAREN HANDEL", Optional.of("REP"), false),
                    new Choice("JON OSSOFF", Optional.of("DEM"), false));
        });
        assertThat(runoff.units()).filteredOn(u -> u.level() == UnitLevel.COUNTY).extracting(ReportingUnit::id)
                .containsExactly("Cobb County", "DeKalb County", "Fulton County");
        assertThat(runoff.units()).filteredOn(u -> u.level() == UnitLevel.PRECINCT).hasSize(50 + 43 + 115);
        assertThat(runoff.units()).contains(new ReportingUnit("Cobb County/Addison 01", "Addison 01",
                UnitLevel.PRECINCT, Optional.of("Cobb County")));
    }

    @Test
    void keepsEachPrecinctsVotesByVoteType() {
        Election runoff = read(RUNOFF);
        String addison = "Cobb County/Addison 01";

        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", addison, "Election Day")).isEqualTo(539);
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", addison, "Absentee by Mail")).isEqualTo(75);
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", addison, "Advance in Person 1")).isEqualTo(103);
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", addison, "Advance in Person 2")).isEqualTo(20);
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", addison, "Provisional")).isZero();
        assertThat(votes(runoff, HOUSE, "JON OSSOFF", addison, null)).isEqualTo(373 + 88 + 77 + 30);
        assertThat(votes(runoff, HOUSE, "JON OSSOFF", "DeKalb County/WINTERS CHAPEL", "Advance in Person"))
                .isEqualTo(179);
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", "Fulton County/SS31", "Advance in Person 1"))
                .isEqualTo(147);
    }

    @Test
    void putsEachCountysVoteTypeLabelsInTheStandardCategories() {
        Election runoff = read(RUNOFF);

        // Cobb and Fulton split advance voting in two periods, DeKalb does not: the category joins them
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", VoteCategory.ELECTION_DAY)).isEqualTo(67_938);
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", VoteCategory.ABSENTEE_BY_MAIL)).isEqualTo(10_038);
        assertThat(votes(runoff, HOUSE, "KAREN HANDEL", VoteCategory.ADVANCE_IN_PERSON))
                .isEqualTo(10_113 + 21_421 + 25_085);
        assertThat(votes(runoff, HOUSE, "JON OSSOFF", VoteCategory.ADVANCE_IN_PERSON))
                .isEqualTo(15_280 + 21_218 + 21_654);
        assertThat(votes(runoff, HOUSE, "JON OSSOFF", VoteCategory.PROVISIONAL)).isZero();
    }

    @Test
    void storesRegisteredVotersAndBallotsCastPerPrecinctOnly() {
        Election runoff = read(RUNOFF);

        assertThat(statistic(runoff, StatisticKind.REGISTERED_VOTERS, "Cobb County/Addison 01")).isEqualTo(2_184);
        assertThat(statistic(runoff, StatisticKind.BALLOTS_CAST, "Cobb County/Addison 01")).isEqualTo(1_305);
        // the file's own county figures (129,570 and 78,493) equal the sum and are not stored beside it
        assertThat(statistic(runoff, StatisticKind.REGISTERED_VOTERS, "Cobb County")).isEqualTo(129_570);
        assertThat(statistic(runoff, StatisticKind.BALLOTS_CAST, "Fulton County")).isEqualTo(123_176);
        assertThat(runoff.statistics()).hasSize(2 * (50 + 43 + 115));
    }

    @Test
    void notesTheSnapshotTimeAndWhatItCheckedAndKeepsPrecinctsReportingAsAField() {
        Election cobb = read(RUNOFF.subList(0, 1));

        assertThat(cobb.contests().get(0).reporting()).isEqualTo(Reporting.of(50, 50, "precincts",
                "the file's precinctsReported of precinctsReporting"));
        assertThat(cobb.notes()).containsExactly(
                "clarity-detail-xml: special_Cobb.xml: contests without voteFor are read as vote-for-1 (first at "
                        + "line 63)",
                "clarity-detail-xml: special_Cobb.xml: contest-level \"Number of Precincts for Race\" figures are "
                        + "checked, not stored: they are not votes",
                "clarity-detail-xml: special_Cobb.xml: contest-level \"Number of Precincts Reporting\" figures are "
                        + "checked, not stored: they are not votes",
                "clarity-detail-xml: special_Cobb.xml: party read from the end of choice names: \"KAREN HANDEL "
                        + "(REP)\" is \"KAREN HANDEL\", party REP",
                "clarity-detail-xml: special_Cobb.xml: snapshot of 6/20/2017 11:28:53 PM EDT; region \"Cobb\": 50 "
                        + "precincts; 1 contest; 2 choice totals match the sum of their vote types; 10 vote-type "
                        + "figures match the sum of their precincts; 2 contest-level figures match the sum of their "
                        + "precincts; 2 turnout figures match the sum of their precincts");
    }

    @Test
    void readsCobbAndDeKalbIn2016WithPresidentByCounty() {
        Election general = read(List.of(COBB_2016, DEKALB_2016));
        String president = "President of the United States";

        assertThat(general.type()).isEqualTo(ElectionType.GENERAL);
        assertThat(votes(general, president, "DONALD J. TRUMP", "Cobb County", null)).isEqualTo(152_912);
        assertThat(votes(general, president, "HILLARY CLINTON", "Cobb County", null)).isEqualTo(160_121);
        assertThat(votes(general, president, "GARY JOHNSON", "Cobb County", null)).isEqualTo(14_466);
        assertThat(votes(general, president, "DONALD J. TRUMP", "DeKalb County", null)).isEqualTo(51_468);
        assertThat(votes(general, president, "HILLARY CLINTON", "DeKalb County", null)).isEqualTo(251_370);
        assertThat(votes(general, president, "GARY JOHNSON", "DeKalb County", null)).isEqualTo(9_666);
        assertThat(votes(general, president, "HILLARY CLINTON", "DeKalb County", "Advance in Person 3"))
                .isEqualTo(22_452);
        assertThat(votes(general, president, "DONALD J. TRUMP", "Cobb County/Acworth 1A", "Election Day"))
                .isEqualTo(843);
        assertThat(statistic(general, StatisticKind.REGISTERED_VOTERS, "DeKalb County")).isEqualTo(419_871);
        assertThat(general.tallies().size()).isEqualTo(24_780 + 47_022);
    }

    @Test
    void joinsOneCandidateWhoseNameCarriesHisPartyInOneCountyOnly() {
        Election general = read(List.of(COBB_2016, DEKALB_2016));

        // Cobb writes "TOM PRICE (I) (REP)", DeKalb "TOM PRICE (I)": "(I)" marks the incumbent and stays
        assertThat(general.contests().get(general.contestIndex(HOUSE)).choices()).containsExactly(
                new Choice("TOM PRICE (I)", Optional.of("REP"), false),
                new Choice("RODNEY STOOKSBURY", Optional.of("DEM"), false));
        assertThat(votes(general, HOUSE, "TOM PRICE (I)")).isEqualTo(65_546 + 37_879);
        assertThat(votes(general, HOUSE, "RODNEY STOOKSBURY")).isEqualTo(31_916 + 34_326);
    }
}
