package org.bellwether.formats.specials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bellwether.core.SharedData;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FiveThirtyEight's table of the 2017-18 specials, read in place, and one case per quirk of it. */
class PublishedSpecialsFileTest {

    static final Path TABLE = SharedData.file("specials-2017/538/special-elections.csv");
    private static final String HEADER = String.join(",", PublishedSpecialsFile.HEADER) + "\n";

    @TempDir
    Path dir;

    private Path table(String rows) throws IOException {
        return Files.writeString(dir.resolve("special-elections.csv"), HEADER + rows);
    }

    @Test
    void readsAllTwoHundredRowsOfTheSharedTable() {
        List<PublishedSpecial> rows = PublishedSpecialsFile.read(TABLE);
        assertThat(rows).hasSize(200);
        PublishedSpecial first = rows.get(0);
        assertThat(first).isEqualTo(new PublishedSpecial(2, LocalDate.of(2018, 3, 27), "AL",
                new Race.Legislative("HD-21", Race.Chamber.LOWER, Optional.empty()),
                Optional.of(new BigDecimal("65548")), Optional.of(new BigDecimal("42.10")), new BigDecimal("6"),
                new BigDecimal("24")));
        assertThat(rows.get(199).date()).isEqualTo(LocalDate.of(2017, 1, 31));
        assertThat(rows).filteredOn(r -> r.label().equals("GA 6th CD")).singleElement().satisfies(r -> {
            assertThat(r.date()).isEqualTo(LocalDate.of(2017, 6, 20));
            assertThat(r.demOverLean()).isEqualByComparingTo("6");
            assertThat(r.clintonOverObama()).isEqualByComparingTo("22");
        });
    }

    @Test
    void groupsTheTableByLevel() {
        Map<Race.Level, Long> levels = PublishedSpecialsFile.read(TABLE).stream()
                .collect(Collectors.groupingBy(r -> r.race().level(), Collectors.counting()));
        assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.of(Race.Level.CONGRESSIONAL, 7L,
                Race.Level.STATEWIDE, 6L, Race.Level.STATE_LEGISLATIVE, 187L));
    }

    @Test
    void marksTheRegularlyScheduledNewJerseyAndVirginiaElections() {
        List<PublishedSpecial> rows = PublishedSpecialsFile.read(TABLE);
        assertThat(rows.stream().filter(PublishedSpecial::regularlyScheduled).count()).isEqualTo(101);
        assertThat(rows).filteredOn(r -> r.label().equals("VA Governor")).singleElement()
                .satisfies(r -> assertThat(r.regularlyScheduled()).isTrue());
        assertThat(rows).filteredOn(r -> r.label().equals("GA HD-119")).singleElement()
                .satisfies(r -> assertThat(r.regularlyScheduled()).isFalse());
    }

    @Test
    void percentagesWrittenAsText() throws IOException {
        PublishedSpecial r = PublishedSpecialsFile.read(table("2/13/18,Georgia,HD-175,\"$45,802 \",24.60%,9%,-23%\n"))
                .get(0);
        assertThat(r.bachelors()).contains(new BigDecimal("24.60"));
        assertThat(r.clintonOverObama()).isEqualTo(new BigDecimal("9"));
        assertThat(r.demOverLean()).isEqualTo(new BigDecimal("-23"));
        Path bad = table("2/13/18,Georgia,HD-175,\"$45,802 \",24.60%,9,-23%\n");
        assertThatThrownBy(() -> PublishedSpecialsFile.read(bad)).isInstanceOf(InputException.class)
                .hasMessage(bad + ": line 2: Clinton over Obama \"9\" is not a percentage written N% or -N%");
    }

    @Test
    void moneyWithADollarSignThousandsCommasAndATrailingSpace() throws IOException {
        assertThat(PublishedSpecialsFile.read(table("3/27/18,Alabama,HD-21,\"$65,548 \",42.10%,6%,24%\n")).get(0)
                .medianIncome()).contains(new BigDecimal("65548"));
        assertThat(PublishedSpecialsFile.read(table("5/23/17,New York,AD-09,\"$103,602 \",36.90%,-11%,38%\n"))
                .get(0).medianIncome()).contains(new BigDecimal("103602"));
        Path bad = table("3/27/18,Alabama,HD-21,\"65,548\",42.10%,6%,24%\n");
        assertThatThrownBy(() -> PublishedSpecialsFile.read(bad)).isInstanceOf(InputException.class)
                .hasMessage(bad + ": line 2: median income \"65,548\" is not written $N,NNN or N/A");
    }

    @Test
    void censusFiguresNotAvailableAreEmpty() {
        List<PublishedSpecial> na = PublishedSpecialsFile.read(TABLE).stream()
                .filter(r -> r.medianIncome().isEmpty()).toList();
        assertThat(na).extracting(PublishedSpecial::label).containsExactlyInAnyOrder("NH Belknap HD-09",
                "NH Hillsborough HD-44");
        assertThat(na).allSatisfy(r -> assertThat(r.bachelors()).isEmpty());
    }

    @Test
    void datesWrittenMonthDayTwoDigitYear() throws IOException {
        assertThat(PublishedSpecialsFile.read(table("11/7/17,Virginia,Governor,\"$66,149 \",36.90%,1%,6%\n"))
                .get(0).date()).isEqualTo(LocalDate.of(2017, 11, 7));
        Path iso = table("2017-11-07,Virginia,Governor,\"$66,149 \",36.90%,1%,6%\n");
        assertThatThrownBy(() -> PublishedSpecialsFile.read(iso)).isInstanceOf(InputException.class)
                .hasMessage(iso + ": line 2: date \"2017-11-07\" is not written M/D/YY");
        Path day = table("2/30/18,Virginia,Governor,\"$66,149 \",36.90%,1%,6%\n");
        assertThatThrownBy(() -> PublishedSpecialsFile.read(day)).isInstanceOf(InputException.class)
                .hasMessage(day + ": line 2: date \"2/30/18\" is not a day of the calendar");
    }

    @Test
    void raceNamesInEveryStyleOfTheTable() {
        Function<String, Race> race = name -> RaceNames.parse(name).orElseThrow();
        assertThat(race.apply("6th CD")).isEqualTo(new Race.House("6th CD", OptionalInt.of(6)));
        assertThat(race.apply("At-Large CD")).isEqualTo(new Race.House("At-Large CD", OptionalInt.empty()));
        assertThat(((Race.House) race.apply("At-Large CD")).district("MT")).isEqualTo("MT-1");
        assertThat(race.apply("3rd CD").federal()).isTrue();
        assertThat(race.apply("U.S. Senate")).satisfies(r -> {
            assertThat(r.level()).isEqualTo(Race.Level.STATEWIDE);
            assertThat(r.federal()).isTrue();
        });
        assertThat(race.apply("Lt. Governor").federal()).isFalse();
        assertThat(race.apply("SD-14")).isEqualTo(new Race.Legislative("SD-14", Race.Chamber.UPPER, Optional.empty()));
        assertThat(race.apply("AD-58")).isEqualTo(new Race.Legislative("AD-58", Race.Chamber.LOWER, Optional.empty()));
        assertThat(race.apply("Belknap HD-09")).isEqualTo(new Race.Legislative("Belknap HD-09", Race.Chamber.LOWER,
                Optional.of("Belknap")));
        assertThat(race.apply("HD-07, Position 2").level()).isEqualTo(Race.Level.STATE_LEGISLATIVE);
        assertThat(race.apply("1st Berkshire HD")).isEqualTo(new Race.Legislative("1st Berkshire HD",
                Race.Chamber.LOWER, Optional.of("Berkshire")));
        assertThat(race.apply("Worcester & Middlesex SD")).isEqualTo(new Race.Legislative(
                "Worcester & Middlesex SD", Race.Chamber.UPPER, Optional.of("Worcester & Middlesex")));
        assertThat(RaceNames.parse("Mayor")).isEmpty();
        assertThat(RaceNames.parse("6th District")).isEmpty();
    }

    @Test
    void anUnknownRaceOrStateNamesTheLine() throws IOException {
        Path mayor = table("3/27/18,Alabama,HD-21,\"$65,548 \",42.10%,6%,24%\n3/27/18,Alabama,Mayor,\"$1 \",1%,1%,1%\n");
        assertThatThrownBy(() -> PublishedSpecialsFile.read(mayor)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(mayor + ": line 3: race \"Mayor\" is in no known style");
        Path state = table("3/27/18,Albama,HD-21,\"$65,548 \",42.10%,6%,24%\n");
        assertThatThrownBy(() -> PublishedSpecialsFile.read(state)).isInstanceOf(InputException.class)
                .hasMessage(state + ": line 2: state \"Albama\" is not a state's name");
    }

    @Test
    void anotherHeaderIsNotThisTable() throws IOException {
        Path lean = Files.writeString(dir.resolve("lean.csv"), "district,2018\nGA-6,R+14.5\n");
        assertThatThrownBy(() -> PublishedSpecialsFile.read(lean)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(lean + ": line 1: not FiveThirtyEight's special-elections header: "
                        + "\"district,2018\"");
        Path short_ = table("3/27/18,Alabama,HD-21\n");
        assertThatThrownBy(() -> PublishedSpecialsFile.read(short_)).isInstanceOf(InputException.class)
                .hasMessage(short_ + ": line 2: has 3 fields, expected 7");
    }
}
