package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.store.TestElections.assertSame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bellwether.core.Election;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An import killed with SIGKILL in the middle of its transaction leaves no trace: the previous version is whole,
 * no row of the killed version exists, and the next import gets the version number the killed one would have had.
 */
class CrashTest {

    static final int PRECINCTS = 12_000;
    static final List<String> CHANGE_TABLES = List.of("contest_change", "choice_change", "unit_change",
            "vote_type_change", "tally_change", "statistic_change");

    @TempDir
    Path dir;

    static Election firstVersion(int precincts) {
        return TestElections.statewide(precincts, 1);
    }

    /** Every tally changed, so that the import writes as many rows as the first one. */
    static Election secondVersion(int precincts) {
        return TestElections.withVotes(firstVersion(precincts), 2, row -> 1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anImportKilledMidwayLeavesThePreviousVersionWholeAndNoPartialVersion(Backend backend) throws Exception {
        String spec = backend.freshStore(dir);
        Election first = firstVersion(PRECINCTS);
        try (ResultsStore store = ResultsStore.open(spec)) {
            store.importElection(first, "bw", ImportAndLoadTest.at(ImportAndLoadTest.T1));
        }

        String seen = killMidImport(spec);

        assertThat(seen).startsWith(CrashChild.MARK);
        assertThat(rowsAfterVersion1(spec)).isZero();
        try (ResultsStore store = ResultsStore.openExisting(spec)) {
            assertThat(store.versions(Optional.empty())).extracting(VersionInfo::number).containsExactly(1L);
            assertSame(store.load(Optional.empty(), AsOf.LATEST).election(), first);
            ImportResult again = store.importElection(secondVersion(PRECINCTS), "bw",
                    ImportAndLoadTest.at(ImportAndLoadTest.T2));
            assertThat(again.version().number()).isEqualTo(2);
        }
    }

    /** Starts the child, waits for its mark, kills it with SIGKILL and returns the mark line. */
    private static String killMidImport(String spec) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), spec,
                Integer.toString(PRECINCTS)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            return String.valueOf(line);
        } finally {
            child.destroyForcibly();
        }
    }

    private static long rowsAfterVersion1(String spec) throws SQLException {
        long rows = 0;
        try (Connection c = Database.of(spec).dataSource().getConnection()) {
            for (String table : CHANGE_TABLES) {
                rows += Sql.number(c, "SELECT COUNT(*) FROM " + table + " WHERE version > ?", 1).orElse(0);
            }
            rows += Sql.number(c, "SELECT COUNT(*) FROM election_version WHERE version > ?", 1).orElse(0);
        }
        return rows;
    }
}
