package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.store.TestElections.assertSame;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.bellwether.core.Election;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportAndLoadTest {

    static final Instant T1 = Instant.parse("2024-11-05T21:40:00Z");
    static final Instant T2 = Instant.parse("2024-11-05T23:15:00Z");
    static final String KEY = "2024-11-05-general-election";

    @TempDir
    Path dir;

    static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void readsBackExactlyWhatWasImportedInEveryListAndOrder(Backend backend) {
        Election e = TestElections.statewide(60, 1);
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            ImportResult result = store.importElection(e, "bellwether 0.1.0", at(T1));

            assertThat(result).isInstanceOf(ImportResult.Created.class);
            assertThat(result.version().number()).isEqualTo(1);
            assertThat(result.version().electionKey()).isEqualTo(KEY);
            assertSame(store.load(Optional.empty(), AsOf.LATEST).election(), e);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void recordsSourcesReaderTimeAndSoftwareOfEveryVersion(Backend backend) {
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(TestElections.statewide(10, 1), "bellwether 0.1.0", at(T1));
            store.importElection(TestElections.churn(TestElections.statewide(10, 1), 7, 0, 2), "bellwether 0.2.0",
                    at(T2));

            List<VersionInfo> versions = store.versions(Optional.of(KEY));
            assertThat(versions).extracting(VersionInfo::number).containsExactly(1L, 2L);
            VersionInfo second = versions.get(1);
            assertThat(second.importedAt()).isEqualTo(T2);
            assertThat(second.software()).isEqualTo("bellwether 0.2.0");
            assertThat(second.electionName()).isEqualTo("General Election");
            assertThat(second.sources()).containsExactly(
                    new StoredSource("generated-2.csv", TestElections.sha(2), "generated"));
            assertThat(second.tallies()).isEqualTo(10 * 4 * 3 * 2);
            assertThat(second.changes()).isEqualTo(35);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void reimportingTheSameBytesCreatesNoVersionAndNamesTheVersionThatHasThem(Backend backend) {
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(TestElections.statewide(10, 1), "bellwether 0.1.0", at(T1));

            ImportResult again = store.importElection(TestElections.statewide(10, 1), "bellwether 0.1.0", at(T2));

            assertThat(again).isInstanceOf(ImportResult.Unchanged.class);
            assertThat(again.version().number()).isEqualTo(1);
            assertThat(again.version().importedAt()).isEqualTo(T1);
            assertThat(store.versions(Optional.empty())).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSameContentFromOtherBytesIsANewVersionThatChangesNoTally(Backend backend) {
        Election first = TestElections.statewide(10, 1);
        Election sameFiguresOtherFile = TestElections.withVotes(first, 2, row -> 0);
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(first, "bw", at(T1));

            ImportResult again = store.importElection(sameFiguresOtherFile, "bw", at(T2));

            assertThat(again).isInstanceOf(ImportResult.Created.class);
            assertThat(again.version().number()).isEqualTo(2);
            assertThat(again.version().sources()).extracting(StoredSource::sha256)
                    .containsExactlyElementsOf(sameFiguresOtherFile.sources().stream().map(s -> s.sha256()).toList());
            assertThat(store.diff(1, 2)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void otherContentUnderTheSameSourceHashesIsANewVersion(Backend backend) {
        Election first = TestElections.statewide(10, 1);
        Election otherFigures = TestElections.withVotes(first, 1, row -> row == 3 ? 5 : 0);
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(first, "bw", at(T1));

            ImportResult again = store.importElection(otherFigures, "bw", at(T2));

            assertThat(otherFigures.sources()).isEqualTo(first.sources());
            assertThat(again).isInstanceOf(ImportResult.Created.class);
            assertThat(store.diff(1, 2)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCorrectedTallyMakesANewVersionWhoseDiffShowsExactlyThatTally(Backend backend) {
        Election first = TestElections.statewide(30, 1);
        Election corrected = TestElections.withVotes(first, 2, row -> row == 100 ? 1000 : 0);
        var tally = first.tallies().get(100);
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(first, "bw", at(T1));
            ImportResult result = store.importElection(corrected, "bw", at(T2));

            assertThat(result).isEqualTo(new ImportResult.Created(result.version(), 1));
            assertThat(result.version().changes()).isEqualTo(1);
            assertThat(store.diff(1, 2)).containsExactly(new TallyDiff(first.units().get(tally.unit()).id(),
                    first.contests().get(tally.contest()).name(),
                    first.contests().get(tally.contest()).choices().get(tally.choice()).name(),
                    first.voteTypes().get(tally.voteType()).label(), OptionalLong.of(tally.votes()),
                    OptionalLong.of(tally.votes() + 1000)));
            assertThat(store.diff(2, 1)).extracting(TallyDiff::after)
                    .containsExactly(OptionalLong.of(tally.votes()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void readsAnElectionAsItStoodAtAVersionOrATime(Backend backend) {
        Election first = TestElections.statewide(20, 1);
        Election second = TestElections.churn(first, 10, 3, 2);
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(first, "bw", at(T1));
            store.importElection(second, "bw", at(T2));

            assertSame(store.load(Optional.empty(), new AsOf.Version(1)).election(), first);
            assertSame(store.load(Optional.of(KEY), new AsOf.Version(2)).election(), second);
            assertSame(store.load(Optional.empty(), new AsOf.Time(T2.minusSeconds(1))).election(), first);
            assertSame(store.load(Optional.empty(), new AsOf.Time(T2)).election(), second);
            assertThat(store.load(Optional.empty(), AsOf.LATEST).version().number()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void storesOnlyWhatChangedSoStorageGrowsWithChurnNotWithVersions(Backend backend) {
        Election e = TestElections.statewide(100, 1);
        int tallies = e.tallies().size();
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(e, "bw", at(T1));
            for (int v = 2; v <= 10; v++) {
                e = TestElections.churn(e, 100, v, v);
                assertThat(store.importElection(e, "bw", at(T1.plusSeconds(v))).version().changes())
                        .isEqualTo(tallies / 100);
            }
            assertSame(store.load(Optional.empty(), AsOf.LATEST).election(), e);
        }
    }
}
