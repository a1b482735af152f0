package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.store.ImportAndLoadTest.T1;
import static org.bellwether.store.ImportAndLoadTest.at;
import static org.bellwether.store.TestElections.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ElectionType;
import org.bellwether.core.Source;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Versions that add, remove and reorder units, choices and contests, and names that look like SQL. */
class ChangingShapeTest {

    @TempDir
    Path dir;

    /** A small election from rows of (county, precinct, contest, choice, votes), in that order. */
    static Election election(String name, String file, String... rows) {
        ElectionBuilder b = new ElectionBuilder().name(name).date(LocalDate.of(2017, 6, 20)).type(ElectionType.RUNOFF);
        int type = b.voteType(VoteType.ALL);
        for (String row : rows) {
            String[] f = row.split("\\|");
            b.unit(f[0], f[0], UnitLevel.COUNTY, Optional.empty());
            int unit = b.unit(f[0] + "/" + f[1], f[1], UnitLevel.PRECINCT, Optional.of(f[0]));
            int contest = b.contest(f[2], 1);
            b.tally(contest, b.choice(contest, f[3], Optional.empty(), false), unit, type, Long.parseLong(f[4]));
            b.statistic(unit, -1, StatisticKind.BALLOTS_CAST, type, Long.parseLong(f[4]) * 2);
        }
        return b.source(new Source(file, TestElections.sha(file.hashCode()), "test")).build();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aPrecinctAddedInTheMiddleStoresOnlyItsOwnRows(Backend backend) {
        Election before = election("Runoff", "a.csv", "Cobb|P1|House|Ann|10", "Cobb|P2|House|Ann|20",
                "Fulton|P9|House|Ann|30");
        Election after = election("Runoff", "b.csv", "Cobb|P1|House|Ann|10", "Cobb|P1b|House|Ann|5",
                "Cobb|P2|House|Ann|20", "Fulton|P9|House|Ann|30");
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(before, "bw", at(T1));
            ImportResult result = store.importElection(after, "bw", at(T1.plusSeconds(60)));

            assertThat(result.version().changes()).as("one unit, one tally, one statistic").isEqualTo(3);
            assertSame(store.load(Optional.empty(), AsOf.LATEST).election(), after);
            assertSame(store.load(Optional.empty(), new AsOf.Version(1)).election(), before);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void goneUnitsChoicesAndContestsAreGoneFromTheNewVersionAndStillInTheOld(Backend backend) {
        Election before = election("Runoff", "a.csv", "Cobb|P1|House|Ann|10", "Cobb|P1|House|Bob|7",
                "Cobb|P2|Senate|Cy|20", "Fulton|P9|House|Ann|30");
        Election after = election("Runoff", "b.csv", "Fulton|P9|House|Ann|31", "Cobb|P1|House|Ann|10");
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            store.importElection(before, "bw", at(T1));
            store.importElection(after, "bw", at(T1.plusSeconds(60)));
            store.importElection(before, "bw", at(T1.plusSeconds(120)));

            assertSame(store.load(Optional.empty(), new AsOf.Version(2)).election(), after);
            assertSame(store.load(Optional.empty(), new AsOf.Version(3)).election(), before);
            assertThat(store.diff(1, 2)).containsExactly(
                    new TallyDiff("Fulton/P9", "House", "Ann", "all", OptionalLong.of(30), OptionalLong.of(31)),
                    new TallyDiff("Cobb/P1", "House", "Bob", "all", OptionalLong.of(7), OptionalLong.empty()),
                    new TallyDiff("Cobb/P2", "Senate", "Cy", "all", OptionalLong.of(20), OptionalLong.empty()));
            assertThat(store.diff(1, 3)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void namesThatLookLikeSqlAreStoredAndReadBackLiterally(Backend backend) {
        String name = "x'); DROP TABLE election; --";
        Election hostile = election(name, "it's; DELETE FROM version_source.csv",
                "Cobb' OR '1'='1|P%_1|Robert'); DROP TABLE tally_change;--|O'Brien \"Bob\" \\ %|10",
                "Cobb' OR '1'='1|P%_2|Robert'); DROP TABLE tally_change;--|; SELECT 1; --|5");
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            String key = store.importElection(hostile, "bw'); --", at(T1)).version().electionKey();

            assertThat(key).isEqualTo("2017-06-20-x-drop-table-election");
            assertSame(store.load(Optional.of(key), AsOf.LATEST).election(), hostile);
            assertThat(store.versions(Optional.of(key))).singleElement().satisfies(v -> {
                assertThat(v.electionName()).isEqualTo(name);
                assertThat(v.software()).isEqualTo("bw'); --");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void unknownVersionsAndElectionsAndMismatchedVersionsAreNamedInTheMessage(Backend backend) {
        String spec = backend.freshStore(dir);
        try (ResultsStore store = ResultsStore.open(spec)) {
            String db = store.describe();
            store.importElection(election("Runoff", "a.csv", "Cobb|P1|House|Ann|10"), "bw", at(T1));
            store.importElection(election("Primary", "b.csv", "Cobb|P1|House|Ann|10"), "bw", at(T1));

            assertBadReference(() -> store.diff(1, 7), db + ": no version 7 (the newest is 2)");
            assertBadReference(() -> store.diff(1, 2), db + ": versions 1 and 2 are of different elections"
                    + " (2017-06-20-runoff, 2017-06-20-primary)");
            assertBadReference(() -> store.load(Optional.empty(), AsOf.LATEST), db + ": holds several elections;"
                    + " name one of: 2017-06-20-runoff, 2017-06-20-primary");
            assertBadReference(() -> store.load(Optional.of("2016-general"), AsOf.LATEST), db + ": no election"
                    + " 2016-general (it holds: 2017-06-20-runoff, 2017-06-20-primary)");
            assertBadReference(() -> store.load(Optional.of("2017-06-20-runoff"), new AsOf.Version(2)), db
                    + ": version 2 is of election 2017-06-20-primary, not 2017-06-20-runoff");
            assertBadReference(() -> store.load(Optional.of("2017-06-20-runoff"), new AsOf.Time(T1.minusSeconds(1))),
                    db + ": election 2017-06-20-runoff has no version imported at or before 2024-11-05T21:39:59Z");
        }
    }

    private static void assertBadReference(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOf(StoreException.class)
                .hasMessage(message).extracting(e -> ((StoreException) e).kind())
                .isEqualTo(StoreException.Kind.BAD_REFERENCE);
    }
}
