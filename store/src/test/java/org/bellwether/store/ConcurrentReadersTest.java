package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
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
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> readUntil(spec, base, writing, seen)));
            }
            write(spec, base, seen);
            writing.set(false);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get()).as("whole versions read").isPositive();
            }
            assertThat(seen).as("versions the readers saw, each whole, while the next was being written")
                    .containsAll(LongStream.rangeClosed(1, VERSIONS - 1).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes versions 2 and on, each once a reader has seen the one before: so every import overlaps reading. */
    private static void write(String spec, Election base, Set<Long> seen) throws InterruptedException {
        try (ResultsStore store = ResultsStore.open(spec)) {
            for (int k = 2; k <= VERSIONS; k++) {
                awaitSeen(seen, k - 1);
                long offset = k - 1;
                store.importElection(TestElections.withVotes(base, k, row -> offset), "bw",
                        ImportAndLoadTest.at(ImportAndLoadTest.T1.plusSeconds(k)));
            }
        }
    }

    private static void awaitSeen(Set<Long> seen, long version) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!seen.contains(version) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    /** Loads the newest version over and over, checking each is whole; returns how many it read. */
    private static int readUntil(String spec, Election base, AtomicBoolean writing, Set<Long> versions) {
        int reads = 0;
        try (ResultsStore store = ResultsStore.openExisting(spec)) {
            do {
                StoredElection seen = store.load(Optional.empty(), AsOf.LATEST);
                assertWhole(seen, base);
                versions.add(seen.version().number());
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
