package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bellwether.core.Election;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two first imports and two readers started together on a store that does not exist yet, many times over: both
 * imports succeed (one stores the version, the other finds it unchanged), and a reader either finds no store yet
 * or reads it; nobody is told the store is damaged or foreign, and readers never create the schema.
 */
class FirstOpenRaceTest {

    static final int TRIALS = 50;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void firstImportsAndReadersStartedTogetherAllSucceed(Backend backend) throws Exception {
        Election election = TestElections.statewide(20, 3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> failures = new ArrayList<>();
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                String spec = backend.freshStore(dir);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> importer(spec, election, start)));
                    runs.add(pool.submit(() -> reader(spec, start)));
                }
                start.countDown();
                for (Future<String> run : runs) {
                    String failure = run.get();
                    if (failure != null) {
                        failures.add("trial " + trial + ": " + failure);
                    }
                }
                String stored = versions(spec);
                if (stored != null) {
                    failures.add("trial " + trial + ": " + stored);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long failedTrials = failures.stream().map(f -> f.substring(0, f.indexOf(':'))).distinct().count();
        assertThat(failures).as(failedTrials + " of " + TRIALS + " trials failed").isEmpty();
    }

    /** Null when the store holds the one version, else what is wrong. */
    private static String versions(String spec) {
        try (ResultsStore store = ResultsStore.openExisting(spec)) {
            int n = store.versions(Optional.empty()).size();
            return n == 1 ? null : n + " versions stored";
        } catch (StoreException e) {
            return "afterwards: " + e.getMessage();
        }
    }

    private static String importer(String spec, Election election, CountDownLatch start) throws Exception {
        start.await();
        try (ResultsStore store = ResultsStore.open(spec)) {
            store.importElection(election, "bw", ImportAndLoadTest.at(ImportAndLoadTest.T1));
            return null;
        } catch (StoreException e) {
            return "import: " + e.getMessage();
        }
    }

    private static String reader(String spec, CountDownLatch start) throws Exception {
        start.await();
        try (ResultsStore store = ResultsStore.openExisting(spec)) {
            store.versions(Optional.empty());
            return null;
        } catch (StoreException e) {
            return e.kind() == StoreException.Kind.BAD_REFERENCE ? null : "reader: " + e.getMessage();
        }
    }
}
