package org.bellwether.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.StatisticKind;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.clarity.ClarityDetailReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatewideClarityTest {

    @Test
    void generatesAFileTheReaderAcceptsWithEveryTotalChecked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("statewide.xml");
        int contests = StatewideClarity.write(file, 1 << 20, 7, 200);

        ElectionBuilder builder = new ElectionBuilder();
        new ClarityDetailReader().read(file, builder, ReadOptions.DEFAULT);
        Election election = builder.build();

        assertThat(contests).isEqualTo(6);
        assertThat(election.contests()).hasSize(contests);
        assertThat(election.tallies().size()).isEqualTo(contests * StatewideClarity.CHOICES
                * StatewideClarity.VOTE_TYPES.length * 200);
        assertThat(election.statistics()).filteredOn(s -> s.kind() == StatisticKind.UNDERVOTES)
                .hasSize(contests * 200);
        assertThat(election.notes()).last().asString().contains("200 precincts").doesNotContain("differ");
    }

    @Test
    void theSameSeedAndSizeGiveTheSameBytes(@TempDir Path dir) throws IOException {
        StatewideClarity.write(dir.resolve("a.xml"), 100_000, 42, 50);
        StatewideClarity.write(dir.resolve("b.xml"), 100_000, 42, 50);

        assertThat(Files.mismatch(dir.resolve("a.xml"), dir.resolve("b.xml"))).isEqualTo(-1);
    }
}
