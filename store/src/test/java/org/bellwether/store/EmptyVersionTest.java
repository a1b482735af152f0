package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.bellwether.core.ElectionBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An election without a tally is never stored: as a version it would differ from every other. */
class EmptyVersionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anElectionWithNoTalliesIsRefusedAndNothingIsStored(Backend backend) {
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            assertThatThrownBy(() -> store.importElection(new ElectionBuilder().name("Empty").build(), "test",
                    ImportAndLoadTest.at(Instant.parse("2024-11-05T20:00:00Z"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("an election with no tallies is never stored as a version");
            assertThat(store.versions(Optional.empty())).isEmpty();
        }
    }
}
