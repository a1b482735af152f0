package org.bellwether.formats.gasos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.gasos.Tallies.contestTotal;
import static org.bellwether.formats.gasos.Tallies.votes;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ElectionType;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.SharedData;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.ExampleFiles;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.formats.sidefile.ChoiceMetadataFile;
import org.junit.jupiter.api.Test;

/** The three real Georgia exports, with figures taken from the files and the certified results. */
class GeorgiaSosJsonReaderRealFilesTest {

    static final String HOUSE = "U.S. Representative, District 6";
    static final Path APRIL = SharedData.file("ga06-2017/sos/export-2017AprSpec.json");
    static final Path JUNE = SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json");
    static final Path NOV_2016 = SharedData.file("ga-baseline/2016-sos/export-2016NovGen.json");

    static Election read(Path file, ReadOptions options) {
        ElectionBuilder builder = new ElectionBuilder();
        new GeorgiaSosJsonReader().read(file, builder, options);
        return builder.build();
    }

    @Test
    void readsAprilSpecialAsTwoContestsInThreeCountiesByFourVoteTypes() {
        Election april = read(APRIL, ReadOptions.DEFAULT);

        assertThat(april.name()).isEqualTo("April 18, 2017 - Special Election");
        assertThat(april.date()).contains(LocalDate.of(2017, 4, 18));
        assertThat(april.type()).isEqualTo(ElectionType.SPECIAL);
        assertThat(april.contests()).extracting(c -> c.name() + "/" + c.voteFor() + "/" + c.choices().size())
                .containsExactly(HOUSE + "/1/18", "State Senator, District 32/1/8");
        assertThat(april.units()).containsExactly(
                new ReportingUnit("Georgia", "Georgia", UnitLevel.STATE, Optional.empty()),
                new ReportingUnit("Cobb County", "Cobb County", UnitLevel.COUNTY, Optional.of("Georgia")),
                new ReportingUnit("DeKalb County", "DeKalb County", UnitLevel.COUNTY, Optional.of("Georgia")),
                new ReportingUnit("Fulton County", "Fulton County", UnitLevel.COUNTY, Optional.of("Georgia")));
        assertThat(april.voteTypes()).containsExactly(
                new VoteType("Election Day", VoteCategory.ELECTION_DAY),
                new VoteType("Absentee by Mail", VoteCategory.ABSENTEE_BY_MAIL),
                new VoteType("Advance in Person", VoteCategory.ADVANCE_IN_PERSON),
                new VoteType("Provisional", VoteCategory.PROVISIONAL));
        // 18 House choices in 3 counties and 8 Senate choices in Cobb and Fulton, by 4 vote types each
        assertThat(april.tallies().size()).isEqualTo((18 * 3 + 8 * 2) * 4);
    }

    @Test
    void storesAprilVotesOnceSoTheySumToTheOfficialTotals() {
        Election april = read(APRIL, ReadOptions.DEFAULT);

        assertThat(votes(april, HOUSE, "JON OSSOFF")).isEqualTo(92_673);
        assertThat(votes(april, HOUSE, "KAREN HANDEL")).isEqualTo(38_071);
        assertThat(contestTotal(april, HOUSE)).isEqualTo(192_569);
        assertThat(votes(april, HOUSE, "JON OSSOFF", null, "Advance in Person")).isEqualTo(31_153);
        assertThat(april.contests().get(0).choices()).allMatch(c -> c.party().isEmpty());
    }

    @Test
    void takesAprilPartiesFromTheShippedChoicesFile() {
        ChoiceMetadata parties = ChoiceMetadataFile.load(ExampleFiles.file("ga06-2017/choices.csv"));

        Election april = read(APRIL, ReadOptions.DEFAULT.withMetadata(parties));

        assertThat(april.contests().get(0).choices()).filteredOn(c -> c.name().equals("JON OSSOFF"))
                .singleElement().satisfies(c -> assertThat(c.party()).contains("D"));
        assertThat(april.contests().get(0).choices()).extracting(c -> c.party().orElse("?"))
                .containsExactly("R", "R", "D", "R", "R", "R", "I", "R", "D", "R", "R", "R", "R", "D", "I", "D", "D",
                        "R");
        assertThat(april.contests().get(1).choices()).allMatch(c -> c.party().isEmpty());
    }

    @Test
    void notesWhatItCheckedInTheAprilExport() {
        Election april = read(APRIL, ReadOptions.DEFAULT);

        assertThat(april.notes()).containsExactly("georgia-sos-json: export-2017AprSpec.json: 3 county blocks; "
                + "96 voteCounts match the sum of their groupResults; "
                + "state-level totals of 2 contests match the sum of counties");
    }

    @Test
    void stripsTheRepeatedPartyFromJuneRunoffNames() {
        Election june = read(JUNE, ReadOptions.DEFAULT);

        assertThat(june.type()).isEqualTo(ElectionType.RUNOFF);
        assertThat(june.contests().get(0).choices()).extracting(c -> c.label())
                .containsExactly("KAREN HANDEL (REP)", "JON OSSOFF (DEM)");
        assertThat(june.contests().get(0).choices()).extracting(c -> c.name())
                .containsExactly("KAREN HANDEL", "JON OSSOFF");
        assertThat(votes(june, HOUSE, "KAREN HANDEL")).isEqualTo(134_799);
        assertThat(votes(june, HOUSE, "JON OSSOFF")).isEqualTo(125_517);
    }

    @Test
    void keepsJuneCountyFiguresByVoteType() {
        Election june = read(JUNE, ReadOptions.DEFAULT);

        assertThat(votes(june, HOUSE, "KAREN HANDEL", "Cobb County", "Election Day")).isEqualTo(31_893);
        assertThat(votes(june, HOUSE, "KAREN HANDEL", "Cobb County", "Absentee by Mail")).isEqualTo(4_366);
        assertThat(votes(june, HOUSE, "KAREN HANDEL", "Cobb County", "Advance in Person")).isEqualTo(9_366);
        assertThat(votes(june, HOUSE, "KAREN HANDEL", "Cobb County", "Provisional")).isEqualTo(63);
        assertThat(votes(june, HOUSE, "KAREN HANDEL", "Cobb County", null)).isEqualTo(45_688);
        assertThat(votes(june, HOUSE, "JON OSSOFF", "DeKalb County", null)).isEqualTo(33_928);
        assertThat(votes(june, HOUSE, "JON OSSOFF", "Fulton County", "Provisional")).isEqualTo(92);
        assertThat(votes(june, HOUSE, "JON OSSOFF", null, "Absentee by Mail")).isEqualTo(18_065);
    }

    @Test
    void readsTheWholeStateIn2016General() {
        Election general = read(NOV_2016, ReadOptions.DEFAULT);

        assertThat(general.type()).isEqualTo(ElectionType.GENERAL);
        assertThat(general.contests()).hasSize(299);
        assertThat(general.units()).filteredOn(u -> u.level() == UnitLevel.COUNTY).hasSize(159);
        String president = "President of the United States";
        assertThat(votes(general, president, "DONALD J. TRUMP")).isEqualTo(2_089_104);
        assertThat(votes(general, president, "HILLARY CLINTON")).isEqualTo(1_877_963);
        assertThat(votes(general, president, "GARY JOHNSON")).isEqualTo(125_306);
        assertThat(general.contests().get(general.contestIndex(president)).choices())
                .extracting(c -> c.party().orElse("")).containsExactly("REP", "DEM", "LIB");
        assertThat(general.notes()).singleElement().asString()
                .endsWith("state-level totals of 299 contests match the sum of counties");
    }

    @Test
    void isChosenByReadersForARealExportAndRecordedAsItsSource() {
        Readers readers = new Readers(List.of(new GeorgiaSosJsonReader()));

        Election june = readers.read(List.of(JUNE), ReadOptions.DEFAULT);

        assertThat(june.sources()).singleElement().satisfies(s -> {
            assertThat(s.reader()).isEqualTo("georgia-sos-json");
            assertThat(s.path()).isEqualTo(JUNE.toString());
        });
        assertThat(votes(june, HOUSE, "KAREN HANDEL")).isEqualTo(134_799);
    }

    @Test
    void recognisesEveryRealExportByItsContent() throws Exception {
        GeorgiaSosJsonReader reader = new GeorgiaSosJsonReader();
        for (Path file : List.of(APRIL, JUNE, NOV_2016)) {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8192);
            }
            assertThat(reader.recognises(head)).as(file.toString()).isTrue();
        }
    }
}
