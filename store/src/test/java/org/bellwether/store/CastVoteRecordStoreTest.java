package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.store.ImportAndLoadTest.T1;
import static org.bellwether.store.ImportAndLoadTest.T2;
import static org.bellwether.store.ImportAndLoadTest.at;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Source;
import org.bellwether.core.ranked.BallotIdentities;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.formats.cvr.CastVoteRecords;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Real cast-vote records (RCTab's test elections) through the store and back, on both databases. */
class CastVoteRecordStoreTest {

    static final Path RCTAB = Path.of("../formats/src/test/resources/org/bellwether/formats/cvr/rctab");
    static final String MAYOR = "2013_minneapolis_mayor/2013_minneapolis_mayor_config.json";
    static final String ALASKA = "2024_alaska_dominion/2024_alaska_dominion_config.json";

    @TempDir
    Path dir;

    static CastVoteRecordImport read(String config) {
        RctabConfig read = RctabConfigReader.read(RCTAB.resolve(config));
        RankedBallots ballots = CastVoteRecords.read(read, true);
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(config, "0".repeat(64), "rctab-config"));
        read.sources().forEach(s -> sources.add(new Source(s.path().getFileName().toString(), "1".repeat(64),
                "cvr-" + s.provider())));
        return new CastVoteRecordImport(read.contestName(), Optional.empty(), sources, config, ballots);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void storesMinneapolisMayorsBallotsAndCountsThemAsTheFileDoes(Backend backend) {
        CastVoteRecordImport mayor = read(MAYOR);
        RctabConfig config = RctabConfigReader.read(RCTAB.resolve(MAYOR));
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            ImportResult result = store.importCastVoteRecords(mayor, "bw", at(T1));
            VersionInfo v = result.version();
            assertThat(result).isInstanceOf(ImportResult.Created.class);
            assertThat(v.ballots()).isEqualTo(80_101);
            assertThat(v.holdsCastVoteRecords()).isTrue();
            assertThat(v.electionKey()).isEqualTo("undated-2013-minneapolis-mayor");
            // 80,101 ballots are 10 blocks, not 80,101 rows
            assertThat(v.changes()).isLessThan(mayor.ballots().groups() + 200);

            StoredCastVoteRecords stored = store.castVoteRecords(v.number());
            assertSameBallots(stored.ballots(), mayor.ballots());
            assertThat(stored.ruleConfig()).isEqualTo(MAYOR);
            RankedOutcome fromFile = RankedTabulator.tabulate(mayor.ballots(), config.rule());
            RankedOutcome fromStore = RankedTabulator.tabulate(stored.ballots(), config.rule());
            assertThat(fromStore).isEqualTo(fromFile);
            assertThat(fromStore.elected()).extracting(c -> c.name()).containsExactly("BETSY HODGES");
            assertThat(fromStore.rounds()).hasSize(33);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSameBallotsAgainStoreNothingAndAChangedBallotMakesANewVersion(Backend backend) {
        CastVoteRecordImport alaska = read(ALASKA);
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            long first = store.importCastVoteRecords(alaska, "bw", at(T1)).version().number();
            ImportResult again = store.importCastVoteRecords(read(ALASKA), "bw", at(T2));
            assertThat(again).isInstanceOf(ImportResult.Unchanged.class);
            assertThat(again.version().number()).isEqualTo(first);

            ImportResult changed = store.importCastVoteRecords(withFirstBallotBlank(alaska), "bw", at(T2));
            assertThat(changed).isInstanceOf(ImportResult.Created.class);
            assertThat(((ImportResult.Created) changed).previous()).isEqualTo(first);
            assertThat(store.versions(Optional.empty())).extracting(VersionInfo::ballots).containsExactly(124L, 124L);
            BallotIdentities who = store.castVoteRecords(first).ballots().identities().orElseThrow();
            // Dominion names each ballot by tabulator, batch and record
            assertThat(who.id(0)).matches("\\d+-\\d+-\\d+");
            assertThat(who.tabulatorNames().get(who.tabulator(0))).isEqualTo(who.id(0).split("-")[0]);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRankedContestCanBeCalledForOneOfItsCandidates(Backend backend) {
        CastVoteRecordImport alaska = read(ALASKA);
        String contest = alaska.ballots().contest().name();
        String candidate = alaska.ballots().contest().choices().get(0).name();
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            String key = store.importCastVoteRecords(alaska, "bw", at(T1)).version().electionKey();
            Declaration call = store.declare(key, contest, new Declaration.Call(candidate), "Desk", "why", at(T2));
            assertThat(call.contest()).isEqualTo(contest);
            assertThatThrownBy(() -> store.declare(key, contest, new Declaration.Call("Nobody"), "Desk", "why",
                    at(T2))).isInstanceOf(StoreException.class).hasMessageEndingWith(": contest '" + contest
                            + "' has no choice 'Nobody' in version 1");
            assertThatThrownBy(() -> store.declare(key, "Mayor", new Declaration.Certified(), "Desk", "why", at(T2)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("has no contest 'Mayor'");
        }
    }

    @Test
    void aVersionOfResultsIsNotCastVoteRecords() {
        try (ResultsStore store = ResultsStore.open(Backend.SQLITE.freshStore(dir))) {
            long v = store.importElection(TestElections.statewide(3, 1), "bw", at(T1)).version().number();
            assertThatThrownBy(() -> store.castVoteRecords(v)).isInstanceOf(StoreException.class)
                    .hasMessageEndingWith(": version " + v + " holds results, not cast-vote records");
        }
    }

    @Test
    void aFailedImportStoresNothing() throws SQLException {
        String db = Backend.SQLITE.freshStore(dir);
        CastVoteRecordImport mayor = read(MAYOR);
        try (ResultsStore store = ResultsStore.open(db)) {
            store.importCastVoteRecords(read(ALASKA), "bw", at(T1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // the last block of the import fails: everything before it in the transaction must go too
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON cvr_ballot_block WHEN NEW.block = 9"
                    + " BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        try (ResultsStore store = ResultsStore.open(db)) {
            assertThatThrownBy(() -> store.importCastVoteRecords(mayor, "bw", at(T2)))
                    .isInstanceOf(StoreException.class);
            assertThat(store.versions(Optional.empty())).hasSize(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM cvr_ranking WHERE version = 2")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void aStoreOfSchemaTwoIsBroughtUpToDateWhenOpenedAndKeepsItsVersions() throws SQLException {
        String db = Backend.SQLITE.freshStore(dir);
        try (ResultsStore store = ResultsStore.open(db)) {
            store.importElection(TestElections.statewide(3, 1), "bw", at(T1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // what a store made by the previous Bellwether holds: schema 2, no cast-vote-record or declaration tables
            for (String table : List.of("cvr_ballot_block", "cvr_name", "cvr_ranking", "cvr_candidate",
                    "cvr_version", "declaration")) {
                s.execute("DROP TABLE " + table);
            }
            s.execute("DELETE FROM " + Schema.HISTORY + " WHERE version IN ('3', '4', '5')");
        }
        try (ResultsStore store = ResultsStore.openExisting(db)) {
            assertThat(store.versions(Optional.empty())).extracting(VersionInfo::ballots).containsExactly(0L);
            assertThat(store.declarations(Optional.empty())).isEmpty();
        }
        try (ResultsStore store = ResultsStore.open(db)) {
            assertThat(store.importCastVoteRecords(read(ALASKA), "bw", at(T2)).version().number()).isEqualTo(2);
        }
    }

    @Test
    void aDamagedBlockIsRefusedNamingIt() throws SQLException {
        String db = Backend.SQLITE.freshStore(dir);
        try (ResultsStore store = ResultsStore.open(db)) {
            store.importCastVoteRecords(read(ALASKA), "bw", at(T1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE cvr_ballot_block SET data = X'789c0300' WHERE block = 0");
        }
        try (ResultsStore store = ResultsStore.open(db)) {
            assertThatThrownBy(() -> store.castVoteRecords(1)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(": version 1, ballot block 0 ")
                    .hasMessageEndingWith(": the store is damaged");
        }
    }

    /** The same ballots, the first one's marks removed (a ballot corrected to blank). */
    static CastVoteRecordImport withFirstBallotBlank(CastVoteRecordImport in) {
        RankedBallots from = in.ballots();
        BallotIdentities who = from.identities().orElseThrow();
        RankedBallots.Builder out = RankedBallots.builder(from.contest(), from.undeclaredWriteIn().orElse(-1),
                from.bySlice()).keepingIdentities();
        for (int b = 0; b < who.size(); b++) {
            int[] marks = b == 0 ? new int[0] : from.marks(who.group(b));
            out.add(marks, marks.length, who.precinctNames().get(who.precinct(b)), who.id(b),
                    who.batchNames().get(who.batch(b)), who.tabulatorNames().get(who.tabulator(b)));
        }
        return new CastVoteRecordImport(in.electionName(), in.date(), in.sources(), in.ruleConfig(), out.build());
    }

    static void assertSameBallots(RankedBallots actual, RankedBallots expected) {
        assertThat(actual.contest()).isEqualTo(expected.contest());
        assertThat(actual.groups()).isEqualTo(expected.groups());
        assertThat(actual.sliceNames()).isEqualTo(expected.sliceNames());
        for (int g = 0; g < expected.groups(); g++) {
            assertThat(actual.marks(g)).isEqualTo(expected.marks(g));
            assertThat(actual.count(g)).isEqualTo(expected.count(g));
            assertThat(actual.slice(g)).isEqualTo(expected.slice(g));
        }
        BallotIdentities a = actual.identities().orElseThrow();
        BallotIdentities e = expected.identities().orElseThrow();
        assertThat(a.size()).isEqualTo(e.size());
        for (int b = 0; b < e.size(); b++) {
            assertThat(a.id(b)).isEqualTo(e.id(b));
            assertThat(a.group(b)).isEqualTo(e.group(b));
            assertThat(a.precinctNames().get(a.precinct(b))).isEqualTo(e.precinctNames().get(e.precinct(b)));
            assertThat(a.batchNames().get(a.batch(b))).isEqualTo(e.batchNames().get(e.batch(b)));
        }
    }
}
