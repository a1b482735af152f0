package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.openelections.Tabulation.choiceNames;
import static org.bellwether.formats.openelections.Tabulation.data;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.statistic;
import static org.bellwether.formats.openelections.Tabulation.votes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.ChoiceMetadata.ChoiceFacts;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.junit.jupiter.api.Test;

/** The Kansas 4th district special of 11 April 2017: a county summary and 17 county precinct files. */
class Kansas04Test {

    private static final String HOUSE = "U.S. House, District 4";
    private static final String THOMPSON = "James A. Thompson";
    private static final ChoiceAliases THOMPSON_ALIASES = new ChoiceAliases(Map.of(
            "James Thompson", THOMPSON, "James A Thompson", THOMPSON));

    private static Path file(String county) {
        String day = List.of("barber", "chautauqua", "comanche", "cowley", "edwards", "kiowa", "pawnee", "county")
                .contains(county) ? "20170411" : "20170417";
        return data("specials-2017/ks04/" + day + "__ks__special__general__" + county
                + (county.equals("county") ? "" : "__precinct") + ".csv");
    }

    private static Path[] precinctFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.root().resolve("specials-2017/ks04"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("__precinct.csv")).sorted()
                    .toArray(Path[]::new);
        }
    }

    @Test
    void countySummaryTotalRowsEqualTheSumOfItsCounties() {
        Election summary = read(file("county"));

        assertThat(votes(summary, HOUSE, "Ron Estes")).isEqualTo(64_044);
        assertThat(votes(summary, HOUSE, THOMPSON)).isEqualTo(56_435);
        assertThat(votes(summary, HOUSE, "Chris Rockhold")).isEqualTo(2_115);
        assertThat(summary.units()).hasSize(17).allMatch(u -> u.level() == UnitLevel.COUNTY);
        assertThat(summary.notes()).contains("openelections-csv: 20170411__ks__special__general__county.csv: "
                + "3 total rows match the sum of 51 county rows");
    }

    @Test
    void countyNamesInCapitalsNameTheSameUnitsAsThePrecinctFiles() {
        Election both = read(file("county"), file("barber"));

        assertThat(both.units().get(0).id()).isEqualTo("Barber");
        assertThat(both.units()).filteredOn(u -> u.parentId().isPresent())
                .allSatisfy(u -> assertThat(u.parentId()).contains("Barber"));
        assertThat(both.units()).filteredOn(u -> u.level() == UnitLevel.COUNTY).hasSize(17);
        assertThat(both.notes()).anyMatch(n -> n.endsWith("county names written in capitals read as capitalised "
                + "words, to match the counties' own files: BARBER -> Barber, BUTLER -> Butler, CHAUTAUQUA -> "
                + "Chautauqua, COMANCHE -> Comanche, COWLEY -> Cowley, EDWARDS -> Edwards, ELK -> Elk, GREENWOOD -> "
                + "Greenwood, HARPER -> Harper, HARVEY -> Harvey, KINGMAN -> Kingman, KIOWA -> Kiowa, PAWNEE -> "
                + "Pawnee, PRATT -> Pratt, SEDGWICK -> Sedgwick, STAFFORD -> Stafford, SUMNER -> Sumner"));
    }

    @Test
    void plainVotesLayout() {
        Election barber = read(file("barber"));

        assertThat(votes(barber, HOUSE, "Ron Estes")).isEqualTo(647);
        assertThat(votes(barber, HOUSE, THOMPSON)).isEqualTo(188);
        assertThat(votes(barber, HOUSE, "Chris Rockhold")).isEqualTo(23);
        assertThat(barber.contests().get(0).choices()).extracting(c -> c.name() + " " + c.party().orElseThrow())
                .containsExactly("Ron Estes Republican", "Chris Rockhold Libertarian", THOMPSON + " Democratic");
    }

    @Test
    void electionDayAdvanceProvisionalVotesLayoutWithUnderVotes() {
        Election comanche = read(file("comanche"));

        assertThat(votes(comanche, HOUSE, "Ron Estes", "election_day")).isEqualTo(260);
        assertThat(votes(comanche, HOUSE, "Ron Estes", "advance")).isEqualTo(22);
        assertThat(votes(comanche, HOUSE, "Ron Estes", "provisional")).isEqualTo(1);
        assertThat(choiceNames(comanche, HOUSE)).doesNotContain("Under Votes");
        assertThat(comanche.statistics()).hasSize(3).allMatch(s -> s.kind() == StatisticKind.UNDERVOTES)
                .filteredOn(s -> s.count() > 0).singleElement().satisfies(s -> {
                    assertThat(s.count()).isEqualTo(1);
                    assertThat(comanche.voteTypes().get(s.voteType()).label()).isEqualTo("advance");
                    assertThat(comanche.units().get(s.unit()).id()).isEqualTo("Comanche/Coldwater Township");
                    assertThat(s.contest()).isEqualTo(comanche.contestIndex(HOUSE));
                });
    }

    @Test
    void regularVotesProvisionalVotesLayoutWithBlankCells() {
        Election kiowa = read(file("kiowa"));

        assertThat(votes(kiowa, HOUSE, "Ron Estes", "regular_votes")).isEqualTo(421);
        assertThat(votes(kiowa, HOUSE, "Ron Estes", "provisional")).isEqualTo(4);
        assertThat(votes(kiowa, HOUSE, "Dennis McKinney", "regular_votes")).isEqualTo(5);
        assertThat(votes(kiowa, HOUSE, "Dennis McKinney", "all")).isZero();
        assertThat(kiowa.notes()).contains("openelections-csv: 20170411__ks__special__general__kiowa__precinct.csv: "
                + "votes equal the sum of the vote-type columns on all 36 rows that give both");
    }

    @Test
    void votesAdvanceElectionProvisionalLayoutDisagreesOnOneRow() {
        assertThatThrownBy(() -> read(file("greenwood"))).isInstanceOf(InputException.class)
                .hasMessage(file("greenwood") + ": line 11: votes 1 disagree with the vote-type columns: "
                        + "advance + election + provisional = 0 (--totals report would note this and keep the "
                        + "vote-type columns)");

        Election greenwood = read(ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT), file("greenwood"));

        assertThat(votes(greenwood, HOUSE, THOMPSON)).isEqualTo(281);
        assertThat(votes(greenwood, HOUSE, "Write-ins")).isEqualTo(5);
        assertThat(statistic(greenwood, StatisticKind.BALLOTS_CAST)).isEqualTo(1_125);
        assertThat(greenwood.notes()).contains(
                "openelections-csv: 20170417__ks__special__general__greenwood__precinct.csv: line 11: votes 1 "
                        + "disagree with the vote-type columns: advance + election + provisional = 0; the "
                        + "vote-type columns are kept",
                "openelections-csv: 20170417__ks__special__general__greenwood__precinct.csv: votes disagree with "
                        + "the sum of the vote-type columns on 1 of 90 rows that give both");
    }

    @Test
    void paperAndElectronicLayoutKeepsRegisteredVotersAsAll() {
        Election harvey = read(file("harvey"));

        assertThat(votes(harvey, HOUSE, THOMPSON, "election_day_paper")).isEqualTo(1_202);
        assertThat(votes(harvey, HOUSE, THOMPSON, "election_day_electronic")).isEqualTo(1_122);
        assertThat(votes(harvey, HOUSE, THOMPSON, "advance_paper")).isEqualTo(774);
        assertThat(votes(harvey, HOUSE, THOMPSON, "advance_electronic")).isEqualTo(269);
        assertThat(votes(harvey, HOUSE, THOMPSON, "hand_count_provisional")).isEqualTo(49);
        assertThat(statistic(harvey, StatisticKind.REGISTERED_VOTERS)).isEqualTo(20_979);
        assertThat(harvey.statistics()).allMatch(s -> harvey.voteTypes().get(s.voteType()).label().equals("all"));
        assertThat(harvey.notes()).contains("openelections-csv: 20170417__ks__special__general__harvey__precinct.csv: "
                + "5 total rows match the sum of 190 precinct rows");
    }

    @Test
    void sedgwickStatisticRowsAndBlanks() {
        Election sedgwick = read(file("sedgwick"));

        assertThat(statistic(sedgwick, StatisticKind.REGISTERED_VOTERS)).isEqualTo(295_294);
        assertThat(statistic(sedgwick, StatisticKind.BALLOTS_CAST)).isEqualTo(83_807);
        assertThat(statistic(sedgwick, StatisticKind.UNDERVOTES)).isEqualTo(16);
        assertThat(votes(sedgwick, HOUSE, "Write-ins")).isEqualTo(82);
        assertThat(sedgwick.contests().get(0).choices()).filteredOn(c -> c.name().equals("Write-ins"))
                .singleElement().satisfies(c -> assertThat(c.writeIn()).isTrue());
        assertThat(choiceNames(sedgwick, HOUSE)).containsExactly(THOMPSON, "Chris Rockhold", "Ron Estes",
                "Write-ins");
    }

    @Test
    void threeSpellingsOfThompsonStaySeparateWithoutAliases() throws IOException {
        Election all = read(ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT), precinctFiles());

        assertThat(votes(all, HOUSE, THOMPSON)).isEqualTo(55_941);
        assertThat(votes(all, HOUSE, "James Thompson")).isEqualTo(402);
        assertThat(votes(all, HOUSE, "James A Thompson")).isEqualTo(92);
        assertThat(votes(all, HOUSE, "Ron Estes")).isEqualTo(64_044);
        assertThat(votes(all, HOUSE, "Chris Rockhold")).isEqualTo(2_115);
    }

    @Test
    void aliasesMergeTheThreeSpellingsAndSaySo() throws IOException {
        ReadOptions options = ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT).withAliases(THOMPSON_ALIASES);

        Election all = read(options, precinctFiles());

        assertThat(votes(all, HOUSE, THOMPSON)).isEqualTo(56_435);
        assertThat(choiceNames(all, HOUSE)).doesNotContain("James Thompson", "James A Thompson");
        assertThat(all.notes()).contains(
                "alias: 'James A Thompson' -> 'James A. Thompson' in "
                        + "20170411__ks__special__general__kiowa__precinct.csv, 11 rows",
                "alias: 'James Thompson' -> 'James A. Thompson' in "
                        + "20170417__ks__special__general__kingman__precinct.csv, 29 rows");
    }

    @Test
    void blankCandidateRowsAreContestTotals() {
        Election chautauqua = read(file("chautauqua"));

        assertThat(choiceNames(chautauqua, HOUSE)).containsExactly("Chris Rockhold", THOMPSON, "Ron Estes",
                "Write-ins");
        assertThat(chautauqua.tallies().size()).isEqualTo(4 * 14);
        assertThat(chautauqua.notes()).contains("openelections-csv: "
                + "20170411__ks__special__general__chautauqua__precinct.csv: 19 total rows match the sum of 56 "
                + "precinct rows");
    }

    @Test
    void writeInNamesAreOrdinaryChoicesUnlessMetadataSaysOtherwise() {
        Election cowley = read(file("cowley"));

        assertThat(votes(cowley, HOUSE, "Nancy Pelosi")).isEqualTo(1);
        assertThat(votes(cowley, HOUSE, "Todd Tiahrt")).isEqualTo(1);
        assertThat(cowley.contests().get(0).choices()).noneMatch(c -> c.writeIn());

        ChoiceMetadata writeIns = new ChoiceMetadata(Map.of(
                "NANCY PELOSI", new ChoiceFacts(Optional.empty(), true),
                "TODD TIAHRT", new ChoiceFacts(Optional.empty(), true)));
        Election marked = read(ReadOptions.DEFAULT.withMetadata(writeIns), file("cowley"));

        assertThat(marked.contests().get(0).choices()).filteredOn(c -> c.writeIn())
                .extracting(c -> c.name()).containsExactly("Nancy Pelosi", "Todd Tiahrt");
    }
}
