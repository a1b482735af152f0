package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats, layouts, contests and candidates found in RCTab's real test files without their configuration. */
class CvrDiscoveryTest {

    private static Path file(String name) throws Exception {
        return RctabGoldenTest.root().resolve(name);
    }

    @Test
    void eachFormatIsToldFromItsNameAndFirstBytes() throws Exception {
        assertThat(CvrDiscovery.detect(file("2015_portland_mayor/2015_portland_mayor_cvr.xlsx"))).hasValue("ess");
        assertThat(CvrDiscovery.detect(file("_shared/cdf_json/cdf_json_file1_cvr.json"))).hasValue("cdf");
        assertThat(CvrDiscovery.detect(file("nist_xml_cdf_2/nist_xml_cdf_2.xml"))).hasValue("cdf");
        assertThat(CvrDiscovery.detect(file("2024_alaska_dominion/partial_cvr"))).hasValue("dominion");
        assertThat(CvrDiscovery.detect(file("2024_alaska_dominion/partial_cvr/CvrExport_1730.json")))
                .hasValue("dominion");
        assertThat(CvrDiscovery.detect(file("_shared/hart_cvr_archive"))).hasValue("hart");
        assertThat(CvrDiscovery.detect(file("clear_ballot_kansas_primary/clear_ballot_kansas_primary.cvr.csv")))
                .hasValue("clearBallot");
        assertThat(CvrDiscovery.detect(file("generic_csv_test/generic_csv_test_cvr.csv"))).isEmpty();
        assertThat(CvrDiscovery.detect(file("2015_portland_mayor/2015_portland_mayor_config.json"))).isEmpty();
    }

    @Test
    void anEssExportsRankColumnsPrecinctAndIdAreFoundFromItsHeader() throws Exception {
        CvrDiscovery.Layout portland = CvrDiscovery.discover(file("2015_portland_mayor/2015_portland_mayor_cvr.xlsx"),
                "ess");

        assertThat(portland.settings()).containsEntry("firstVoteColumnIndex", "4").containsEntry("precinctColumnIndex",
                "2").containsEntry("idColumnIndex", "1").containsEntry(CvrDiscovery.RANKS, "15")
                .containsEntry("undeclaredWriteInLabel", "");
        assertThat(portland.contests()).singleElement().satisfies(c -> assertThat(c.candidates())
                .extracting(CvrDiscovery.Candidate::name).contains("Strimling, Ethan K.", "Brennan, Michael F.")
                .doesNotContain("overvote", "undervote"));
    }

    @Test
    void essesUwiIsTheUndeclaredWriteInLabelWhereItOccurs() throws Exception {
        CvrDiscovery.Layout mayor = CvrDiscovery.discover(file("2017_minneapolis_mayor/2017_minneapolis_mayor_cvr.xlsx"),
                "ess");

        assertThat(mayor.settings()).containsEntry("firstVoteColumnIndex", "2").containsEntry("precinctColumnIndex",
                "1").containsEntry("idColumnIndex", "").containsEntry(CvrDiscovery.RANKS, "3")
                .containsEntry("undeclaredWriteInLabel", "UWI");
        assertThat(mayor.contests().get(0).candidates()).extracting(CvrDiscovery.Candidate::name)
                .contains("Jacob Frey").doesNotContain("UWI", "overvote", "undervote").hasSize(18);
    }

    @Test
    void aDominionExportNamesItsRankedContestsAndTheirCandidatesByCode() throws Exception {
        CvrDiscovery.Layout alaska = CvrDiscovery.discover(file("2024_alaska_dominion/partial_cvr"), "dominion");

        assertThat(alaska.contests()).filteredOn(c -> c.id().equals("7")).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("U.S. Representative");
            assertThat(c.writeIn()).isEqualTo("476");
            assertThat(c.candidates()).contains(new CvrDiscovery.Candidate("Peltola, Mary S.", "518")).hasSize(4);
        });
        assertThat(alaska.contests()).extracting(CvrDiscovery.Contest::id).doesNotContain("68");
    }

    @Test
    void aNistReportsContestsComeFromItsElection() throws Exception {
        CvrDiscovery.Layout cdf = CvrDiscovery.discover(file("_shared/cdf_json/cdf_json_file1_cvr.json"), "cdf");

        assertThat(cdf.contests()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("aliases file 1");
            assertThat(c.candidates()).extracting(CvrDiscovery.Candidate::name).containsExactly(
                    "Candidate A Name File 1", "Candidate B Name File 1", "Candidate C Name File 1",
                    "Candidate D Name File 1");
        });
    }

    @Test
    void aGenericCsvWithABlankFirstHeadingTakesTheCandidatesAfterIt() throws Exception {
        CvrDiscovery.Layout csv = CvrDiscovery.discover(file("csv_missing_header_test/csv_missing_header_test_cvr.csv"),
                "genericCsv");

        assertThat(csv.settings()).containsEntry("firstVoteColumnIndex", "2").containsEntry("undeclaredWriteInLabel",
                "Write-In");
        assertThat(csv.contests().get(0).candidates()).extracting(CvrDiscovery.Candidate::name)
                .containsExactly("Lettuce", "Broccoli", "Cucumber", "Cauliflower");
    }

    @Test
    void aSheetWithoutRankHeadingsIsRefusedNamingWhatIsMissing() throws Exception {
        assertThatThrownBy(() -> CvrDiscovery.discover(file("_shared/bottoms_up_cvr.xlsx"), "ess"))
                .isInstanceOf(InputException.class).hasMessageContaining("bottoms_up_cvr.xlsx: row 1: has no rank"
                        + " columns");
    }

    @Test
    void anEssCellOfOnlyUnicodeWhiteSpaceIsBadInputNamingItsRowAndRank(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("ranks.csv");
        java.nio.file.Files.writeString(sheet, "Cast Vote Record,Precinct,Choice 1,Choice 2\n1,P1,Ann,Ben\n"
                + "2,P1,Ben,\u2003\n");

        assertThatThrownBy(() -> CvrDiscovery.discover(sheet, "ess")).isInstanceOf(InputException.class)
                .hasMessage("ranks.csv: row 3, rank 2: the cell holds only white space (U+2003), not a candidate's"
                        + " name nor a label");
    }

    @Test
    void anXlsxCellOfOnlyUnicodeWhiteSpaceIsASkippedRankAsTheCountReadsIt(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("ranks.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(sheet))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet><sheetData><row r=\"1\">" + inline("A1", "Cast Vote Record")
                    + inline("B1", "Precinct") + inline("C1", "Choice 1") + inline("D1", "Choice 2") + "</row>"
                    + "<row r=\"2\"><c r=\"A2\"><v>1</v></c>" + inline("B2", "P1") + inline("C2", "Ann")
                    + inline("D2", "\u2003") + "</row></sheetData></worksheet>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(CvrDiscovery.discover(sheet, "ess").contests().get(0).candidates())
                .extracting(CvrDiscovery.Candidate::name).containsExactly("Ann");
    }

    private static String inline(String cell, String text) {
        return "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void aDominionFolderWithoutItsManifestsIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("CvrExport.json"), "{}");

        assertThatThrownBy(() -> CvrDiscovery.discover(dir, "dominion")).isInstanceOf(InputException.class)
                .hasMessageContaining("ContestManifest.json: is missing from the Dominion export folder");
        assertThatThrownBy(() -> CvrDiscovery.discover(dir.resolve("CvrExport.json"), "pdf"))
                .hasMessageContaining("provider \"pdf\" is not one of ess, cdf, dominion");
    }

    @Test
    void damagedFilesAreBadInputNamingTheFileAndWhere(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.writeString(folder.resolve("ContestManifest.json"), "{\"List\": {\"Id\": 1}}");
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, "{\"CVR\": [], \"Election\": [{\"Contest\": [\n");
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "Choice 1,Choice 2\n");

        assertThat(CvrDiscovery.detect(folder)).hasValue("dominion");
        assertThatThrownBy(() -> CvrDiscovery.discover(folder, "dominion")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("ContestManifest.json: $.List: ");
        assertThat(CvrDiscovery.detect(cut)).hasValue("cdf");
        assertThatThrownBy(() -> CvrDiscovery.discover(cut, "cdf")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("cut.json: line 2: is not valid JSON");
        assertThat(CvrDiscovery.detect(fake)).isEmpty();
        assertThatThrownBy(() -> CvrDiscovery.discover(fake, "ess")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("fake.xlsx: ");
    }
}
