package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bellwether.core.Election;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Readers that load the newest version while imports commit see one version whole, never a mix: in version k
 * every tally is its version-1 count plus k - 1, so a read that mixed two versions would show two offsets.
 */
class ConcurrentReadersTest {

    static final int VERSIONS = 12;
    static final int READERS = 2;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void readersDuringImportsSeeTheOldVersionOrTheNewOneNeverAMix(Backend backend) throws Exception {
        String spec = backend.freshStore(dir);
        Election base = TestElections.statewide(400, 1);
        try (ResultsStore store = ResultsStore.open(spec)) {
            store.importElection(base, "bw", ImportAndLoadTest.at(ImportAndLoadTest.T1));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> readUntil(spec, base, writing)));
            }
            write(spec, base);
            writing.set(false);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get()).as("whole versions read").isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void write(String spec, Election base) {
        try (ResultsStore store = ResultsStore.open(spec)) {
            for (int k = 2; k <= VERSIONS; k++) {
                long offset = k - 1;
                store.importElection(TestElections.withVotes(base, k, row -> offset), "bw",
                        ImportAndLoadTest.at(ImportAndLoadTest.T1.plusSeconds(k)));
            }
        }
    }

    /** Loads the newest version over and over, checking each is whole; returns how many it read. */
    private static int readUntil(String spec, Election base, AtomicBoolean writing) {
        int reads = 0;
        try (ResultsStore store = ResultsStore.openExisting(spec)) {
            do {
                StoredElection seen = store.load(Optional.empty(), AsOf.LATEST);
                assertWhole(seen, base);
                reads++;
            } while (writing.get());
        }
        return reads;
    }

    private static void assertWhole(StoredElection seen, Election base) {
        long offset = seen.version().number() - 1;
        Election e = seen.election();
        assertThat(e.tallies().size()).isEqualTo(base.tallies().size());
        for (int row = 0; row < e.tallies().size(); row++) {
            assertThat(e.tallies().get(row).votes()).as("row %d of version %d", row, seen.version().number())
                    .isEqualTo(base.tallies().get(row).votes() + offset);
        }
    }
}
