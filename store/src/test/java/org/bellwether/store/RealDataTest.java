package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.store.ImportAndLoadTest.T1;
import static org.bellwether.store.ImportAndLoadTest.T2;
import static org.bellwether.store.ImportAndLoadTest.at;
import static org.bellwether.store.TestElections.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.formats.gasos.GeorgiaSosJsonReader;
import org.bellwether.formats.openelections.OpenElectionsCsvReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The GA-06 2017 files as officials and OpenElections published them, through the store and back. */
class RealDataTest {

    static final Readers READERS = new Readers(List.of(new GeorgiaSosJsonReader(), new OpenElectionsCsvReader()));
    static final String OE = "ga06-2017/openelections/20170620__ga__special__general__runoff__";

    @TempDir
    Path dir;

    static Election read(Path... files) {
        return READERS.read(List.of(files), ReadOptions.DEFAULT);
    }

    static Path[] runoffCsvs() {
        return new Path[] {SharedData.file(OE + "cobb__precinct.csv"), SharedData.file(OE + "dekalb__precinct.csv"),
            SharedData.file(OE + "fulton__precinct.csv")};
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void storesBothSecretaryOfStateExportsAsTwoElectionsAndReadsThemBackWhole(Backend backend) {
        Election april = read(SharedData.file("ga06-2017/sos/export-2017AprSpec.json"));
        Election june = read(SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json"));
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            String aprilKey = store.importElection(april, "bw", at(T1)).version().electionKey();
            String juneKey = store.importElection(june, "bw", at(T2)).version().electionKey();

            assertThat(List.of(aprilKey, juneKey)).containsExactly("2017-04-18-april-18-2017-special-election",
                    "2017-06-20-june-20-2017-special-runoff");
            assertSame(store.load(Optional.of(aprilKey), AsOf.LATEST).election(), april);
            assertSame(store.load(Optional.of(juneKey), AsOf.LATEST).election(), june);
            assertThat(store.versions(Optional.empty())).extracting(VersionInfo::number).containsExactly(1L, 2L);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void reimportingTheThreeOpenElectionsFilesIsANoOp(Backend backend) {
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            ImportResult first = store.importElection(read(runoffCsvs()), "bw", at(T1));
            ImportResult again = store.importElection(read(runoffCsvs()), "bw", at(T2));

            assertThat(first).isInstanceOf(ImportResult.Created.class);
            assertThat(first.version().sources()).extracting(StoredSource::reader).containsOnly("openelections-csv");
            assertThat(again).isEqualTo(new ImportResult.Unchanged(first.version()));
            assertSame(store.load(Optional.empty(), AsOf.LATEST).election(), read(runoffCsvs()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCorrectedCountyFileMakesANewVersionWhoseDiffIsExactlyTheCorrectedTally(Backend backend)
            throws IOException {
        Path[] files = runoffCsvs();
        files[0] = corrected(files[0]);
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(read(runoffCsvs()), "bw", at(T1));
            ImportResult result = store.importElection(read(files), "bw", at(T2));

            assertThat(result.version().number()).isEqualTo(2);
            assertThat(store.diff(1, 2)).singleElement().satisfies(d -> {
                assertThat(d.unit()).endsWith("Addison 01");
                assertThat(d.choice()).isEqualToIgnoringCase("Karen Handel");
                assertThat(d.before()).isEqualTo(OptionalLong.of(737));
                assertThat(d.after()).isEqualTo(OptionalLong.of(747));
            });
            assertSame(store.load(Optional.empty(), new AsOf.Time(T1)).election(), read(runoffCsvs()));
            assertSame(store.load(Optional.empty(), new AsOf.Version(2)).election(), read(files));
        }
    }

    /** A copy of Cobb's file in which Handel has ten more votes in Addison 01, and in the county total. */
    private Path corrected(Path cobb) throws IOException {
        String text = Files.readString(cobb, StandardCharsets.UTF_8);
        String fixed = text.replace("Cobb,Addison 01,U.S. House,6,Karen Handel,R,737",
                "Cobb,Addison 01,U.S. House,6,Karen Handel,R,747")
                .replace("Cobb,TOTAL,U.S. House,6,Karen Handel,R,45688", "Cobb,TOTAL,U.S. House,6,Karen Handel,R,45698");
        assertThat(fixed).isNotEqualTo(text);
        return Files.writeString(dir.resolve(cobb.getFileName()), fixed, StandardCharsets.UTF_8);
    }
}
