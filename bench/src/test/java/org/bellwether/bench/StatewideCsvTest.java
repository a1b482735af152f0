package org.bellwether.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.Election;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatewideCsvTest {

    @Test
    void generatesAFileTheReaderAcceptsWithItsTotalRowsCheckedAndNotCounted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("statewide.csv");
        int precincts = StatewideCsv.write(file, 35_000, 7);

        Election election = ReadAndTabulate.read(file);

        assertThat(precincts).isEqualTo(1000);
        assertThat(election.contests()).hasSize(StatewideCsv.CONTESTS);
        assertThat(election.tallies().size()).isEqualTo(precincts * StatewideCsv.CONTESTS * StatewideCsv.CHOICES);
        assertThat(ReadAndTabulate.tabulate(election)).isPositive();
    }

    @Test
    void theSameSeedAndSizeGiveTheSameBytes(@TempDir Path dir) throws IOException {
        StatewideCsv.write(dir.resolve("a.csv"), 5_000, 42);
        StatewideCsv.write(dir.resolve("b.csv"), 5_000, 42);

        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1);
    }
}
