package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bellwether.core.Election;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listener hears the newest version on starting and every version stored after, by another connection (on
 * PostgreSQL by NOTIFY inside the import, on SQLite by looking); an import that stores nothing is not announced.
 */
class VersionListenerTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aListenerHearsEachStoredVersionOnce(Backend backend) throws Exception {
        String spec = backend.freshStore(dir);
        Election first = TestElections.statewide(20, 1);
        try (ResultsStore store = ResultsStore.open(spec)) {
            store.importElection(first, "bw", ImportAndLoadTest.at(ImportAndLoadTest.T1));
        }
        BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        VersionListener listener = VersionListener.start(spec, heard::add, m -> { });
        try (listener; ResultsStore store = ResultsStore.open(spec)) {
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(1L);
            store.importElection(first, "bw", ImportAndLoadTest.at(ImportAndLoadTest.T2));
            store.importElection(TestElections.withVotes(first, 2, v -> v + 1), "bw",
                    ImportAndLoadTest.at(ImportAndLoadTest.T2));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(2L);
            Thread.sleep(300);
            assertThat(heard).isEmpty();
            assertThat(store.versions(java.util.Optional.empty())).extracting(VersionInfo::number)
                    .isEqualTo(List.of(1L, 2L));
        }
    }
}
