package org.bellwether.formats.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.clarity.Tallies.statistic;
import static org.bellwether.formats.clarity.Tallies.votes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.SharedData;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.junit.jupiter.api.Test;

/**
 * Georgia's 2020 general (statewide by county, two counties by precinct) and the two Clarity test files of the
 * openelections/clarify project. Three of them contradict themselves, each in its own way; each is a case.
 */
class ClaritySampleFilesTest {

    static final Path GA_COUNTIES = SharedData.file("formats/clarity-ga-2020/ga_counties_11-3.xml");
    static final Path BACON = SharedData.file("formats/clarity-ga-2020/ga_bacon_precincts_11-3.xml");
    static final Path ATKINSON = SharedData.file("formats/clarity-ga-2020/ga_atkinson_precincts_11-3.xml");
    static final Path AR_COUNTIES = SharedData.file("formats/clarity-samples/county.xml");
    static final Path KY_PRECINCTS = SharedData.file("formats/clarity-samples/precinct.xml");
    static final String PRESIDENT = "President of the United States";
    static final ReadOptions REPORT = ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT);

    static Election read(Path file, ReadOptions options) {
        ElectionBuilder builder = new ElectionBuilder();
        new ClarityDetailReader().read(file, builder, options);
        return builder.build();
    }

    @Test
    void readsTheStatewideFileAsCountiesOfGeorgia() {
        Election ga = read(GA_COUNTIES, ReadOptions.DEFAULT);

        assertThat(ga.units()).first().isEqualTo(new ReportingUnit("Georgia", "GA", UnitLevel.STATE,
                Optional.empty()));
        assertThat(ga.units()).filteredOn(u -> u.level() == UnitLevel.COUNTY).hasSize(159)
                .contains(new ReportingUnit("Cobb County", "Cobb", UnitLevel.COUNTY, Optional.of("Georgia")));
        assertThat(votes(ga, PRESIDENT, "Donald J. Trump (I)")).isEqualTo(2_461_837);
        assertThat(votes(ga, PRESIDENT, "Joseph R. Biden")).isEqualTo(2_474_507);
        assertThat(votes(ga, PRESIDENT, "Jo Jorgensen")).isEqualTo(62_138);
        assertThat(votes(ga, PRESIDENT, "Joseph R. Biden", "Cobb County", "Absentee by Mail Votes"))
                .isEqualTo(95_513);
        assertThat(votes(ga, "State Senate District 1", "Ben Watson (I)")).isEqualTo(72_192);
        assertThat(ga.statistics()).isEmpty();
    }

    @Test
    void readsThePartyFromTheNameWhen2020FilesSayNoParty() {
        Election ga = read(GA_COUNTIES, ReadOptions.DEFAULT);

        // every choice has party="NP"; the party is in the name, after "(I)" for an incumbent
        assertThat(ga.contests().get(0).choices()).containsExactly(
                new Choice("Donald J. Trump (I)", Optional.of("Rep"), false),
                new Choice("Joseph R. Biden", Optional.of("Dem"), false),
                new Choice("Jo Jorgensen", Optional.of("Lib"), false));
        assertThat(ga.voteTypes()).extracting(VoteType::category).containsExactly(VoteCategory.ELECTION_DAY,
                VoteCategory.ABSENTEE_BY_MAIL, VoteCategory.ADVANCE_IN_PERSON, VoteCategory.PROVISIONAL);
    }

    @Test
    void readsAOnePrecinctCountyWithUndervotesAndTurnout() {
        Election bacon = read(BACON, ReadOptions.DEFAULT);

        assertThat(bacon.units()).extracting(ReportingUnit::id).containsExactly("Bacon County", "Bacon County/Douglas");
        assertThat(votes(bacon, PRESIDENT, "Donald J. Trump (I)", "Bacon County/Douglas", null)).isEqualTo(4_018);
        assertThat(votes(bacon, PRESIDENT, "Joseph R. Biden", null, "Advanced Voting Votes")).isEqualTo(288);
        assertThat(bacon.statistics()).filteredOn(s -> s.kind() == StatisticKind.UNDERVOTES
                && s.contest() == bacon.contestIndex(PRESIDENT)).singleElement()
                .satisfies(s -> assertThat(s.count()).isEqualTo(12));
        assertThat(statistic(bacon, StatisticKind.REGISTERED_VOTERS, "Bacon County")).isEqualTo(6_720);
        assertThat(statistic(bacon, StatisticKind.BALLOTS_CAST, "Bacon County")).isEqualTo(4_680);
    }

    @Test
    void refusesAtkinsonWhoseElectionDayVotesExceedItsPrecincts() {
        // Willacoochee's election-day votes are 0 here; the statewide file has Atkinson's 716 for Trump
        assertThatThrownBy(() -> read(ATKINSON, ReadOptions.DEFAULT)).hasMessage(ATKINSON + ": line 31: "
                + "\"Election Day Votes\" votes of \"Donald J. Trump (I)\" in \"President of the United States\": "
                + "716 differs from the sum of its precincts, 492 (--totals report would note this and keep the parts)");
    }

    @Test
    void reportsAtkinsonsDifferencesAndKeepsItsPrecincts() {
        Election atkinson = read(ATKINSON, REPORT);

        assertThat(votes(atkinson, PRESIDENT, "Donald J. Trump (I)", null, "Election Day Votes")).isEqualTo(492);
        assertThat(atkinson.notes()).filteredOn(n -> n.contains("differs")).containsExactly(
                "clarity-detail-xml: ga_atkinson_precincts_11-3.xml: line 31: \"Election Day Votes\" votes of "
                        + "\"Donald J. Trump (I)\" in \"President of the United States\": 716 differs from the sum "
                        + "of its precincts, 492",
                "clarity-detail-xml: ga_atkinson_precincts_11-3.xml: line 57: \"Election Day Votes\" votes of "
                        + "\"Joseph R. Biden\" in \"President of the United States\": 250 differs from the sum of "
                        + "its precincts, 133",
                "clarity-detail-xml: ga_atkinson_precincts_11-3.xml: line 83: \"Election Day Votes\" votes of "
                        + "\"Jo Jorgensen\" in \"President of the United States\": 14 differs from the sum of its "
                        + "precincts, 10");
        assertThat(atkinson.notes()).last().asString().contains("3 differ (noted above)");
    }

    @Test
    void refusesTheArkansasSampleWhoseTotalExceedsItsVoteTypes() {
        assertThatThrownBy(() -> read(AR_COUNTIES, ReadOptions.DEFAULT)).hasMessage(AR_COUNTIES + ": line 166: "
                + "totalVotes of \"Tom Cotton\" in \"U.S. Senate\": 477734 differs from the sum of its vote types, "
                + "462123 (--totals report would note this and keep the parts)");
    }

    @Test
    void readsTheArkansasSampleByCountyWhenDifferencesAreReported() {
        Election ar = read(AR_COUNTIES, REPORT);

        assertThat(ar.units()).first().extracting(ReportingUnit::id).isEqualTo("Arkansas");
        assertThat(votes(ar, "U.S. Senate", "Tom Cotton")).isEqualTo(462_123);
        assertThat(ar.contests().get(0).choices()).containsExactly(new Choice("Tom Cotton", Optional.of("REP"),
                false));
        assertThat(statistic(ar, StatisticKind.REGISTERED_VOTERS, "Arkansas")).isEqualTo(1_690_577);
        assertThat(votes(ar, "U.S. Senate", "Tom Cotton", null, "Early Vote")).isEqualTo(200_430);
    }

    @Test
    void notesTheKentuckySampleWhosePrecinctsHaveNoRegisteredVotersAndKeepsItsVotes() {
        // registered voters are a statistic: a total that disagrees with its parts does not block the votes
        Election ky = read(KY_PRECINCTS, ReadOptions.DEFAULT);

        assertThat(ky.tallies().size()).isPositive();
        assertThat(ky.notes()).contains("clarity-detail-xml: " + KY_PRECINCTS.getFileName() + ": line 9: "
                + "totalVoters of <VoterTurnout>: 28162 differs from the sum of its precincts, 0 (a statistic: noted,"
                + " the parts kept)");
    }

    @Test
    void readsTheKentuckySampleWhenDifferencesAreReported() {
        Election ky = read(KY_PRECINCTS, REPORT);

        assertThat(votes(ky, "US Senator - REPUBLICAN", "Mitch McCONNELL")).isEqualTo(1_135);
        assertThat(ky.voteTypes()).contains(new VoteType("Election", VoteCategory.OTHER));
        assertThat(statistic(ky, StatisticKind.BALLOTS_CAST, "Greenup County")).isEqualTo(5_926);
    }

    @Test
    void recognisesEveryRealClarityFileByItsContent() throws IOException {
        ClarityDetailReader reader = new ClarityDetailReader();
        List<Path> files = List.of(GA_COUNTIES, BACON, ATKINSON, AR_COUNTIES, KY_PRECINCTS,
                ClarityRealFilesTest.COBB_2016, ClarityRealFilesTest.DEKALB_2016);
        for (Path file : files) {
            assertThat(reader.recognises(head(file))).as(file.toString()).isTrue();
        }
        assertThat(reader.recognises(head(SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json")))).isFalse();
        assertThat(reader.recognises(head(SharedData.file("formats/clarity-ga-2020/GA_2020_summary.json"))))
                .isFalse();
    }

    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }
}
