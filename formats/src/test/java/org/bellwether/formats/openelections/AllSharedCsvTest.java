package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.formats.baseline.PartisanLeanFile;
import org.bellwether.formats.specials.PublishedSpecial;
import org.bellwether.formats.specials.PublishedSpecialsFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every CSV file of the shared data, read with default options: each is read, or refused with the one message
 * documented for it here; a refused file that is not results (a lean table, FiveThirtyEight's specials table) is
 * read by its own reader.
 */
class AllSharedCsvTest {

    /** The files refused with default options, and why, by path under the shared data. */
    private static final Map<String, String> REFUSED = Map.of(
            "district-baselines/partisan-lean_2018_fivethirtyeight_partisan_lean_DISTRICTS.csv",
            "line 1: unknown layout: not an OpenElections header, which names county, office and candidate columns "
                    + "(it is \"district,2018\")",
            "specials-2017/538/special-elections.csv",
            "line 1: unknown layout: not an OpenElections header, which names county, office and candidate columns "
                    + "(it is \"Date,State,Race,Median Household Income,% Bachelor's Degree or Higher,Clinton Ma...\")",
            "specials-2017/ks04/20170417__ks__special__general__greenwood__precinct.csv",
            "line 11: votes 1 disagree with the vote-type columns: advance + election + provisional = 0 "
                    + "(--totals report would note this and keep the vote-type columns)");

    private static List<Path> sharedCsvFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SharedData.root())) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySharedCsvIsReadOrRefusedAsDocumented() throws IOException {
        List<Path> files = sharedCsvFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(44);
        return files.stream().map(file -> DynamicTest.dynamicTest(SharedData.root().relativize(file).toString(),
                () -> readOrRefuse(file)));
    }

    private static void readOrRefuse(Path file) {
        String refusal = REFUSED.get(SharedData.root().relativize(file).toString().replace('\\', '/'));
        if (refusal != null) {
            ownReader(file);
            assertThatThrownBy(() -> Tabulation.read(file)).isInstanceOf(InputException.class)
                    .hasMessage(file + ": " + refusal);
            return;
        }
        Election election = Tabulation.read(file);
        assertThat(election.tallies().size()).isPositive();
        assertThat(election.notes()).anyMatch(n -> n.contains("total rows"));
    }

    /** A file the results readers refuse is read by its own reader, where it has one. */
    private static void ownReader(Path file) {
        if (file.endsWith(Path.of("specials-2017", "538", "special-elections.csv"))) {
            List<PublishedSpecial> rows = PublishedSpecialsFile.read(file);
            assertThat(rows).hasSize(200);
            assertThat(rows).filteredOn(r -> r.label().equals("GA 6th CD")).singleElement()
                    .satisfies(r -> assertThat(r.demOverLean()).isEqualByComparingTo(new BigDecimal("6")));
            assertThat(rows.get(0).medianIncome()).contains(new BigDecimal("65548"));
        } else if (file.getFileName().toString().startsWith("partisan-lean")) {
            assertThat(PartisanLeanFile.read(file, null).rows()).hasSize(435);
        }
    }

    @TestFactory
    Stream<DynamicTest> readersDetectEveryOpenElectionsFileByItsContent() throws IOException {
        Readers readers = new Readers(List.of(new OpenElectionsCsvReader()));
        return sharedCsvFiles().stream().filter(f -> !f.toString().contains("partisan-lean"))
                .filter(f -> !REFUSED.containsKey(SharedData.root().relativize(f).toString()))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    Election election = readers.read(List.of(file), ReadOptions.DEFAULT);
                    assertThat(election.sources()).singleElement()
                            .satisfies(s -> assertThat(s.reader()).isEqualTo("openelections-csv"));
                }));
    }
}
