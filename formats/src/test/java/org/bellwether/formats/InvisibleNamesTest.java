package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.formats.openelections.OpenElectionsCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A row repeated under a name that only looks the same is still the repeated row, not a second county's votes. */
class InvisibleNamesTest {

    private static final Readers READERS = new Readers(List.of(new OpenElectionsCsvReader()));
    private static final Path COBB = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv");

    @TempDir
    Path dir;

    @Test
    void aRowRepeatedWithAZeroWidthSpaceInTheCountyIsADuplicate() throws IOException {
        String csv = Files.readString(COBB);
        Path file = Files.writeString(dir.resolve("cobb.csv"), csv
                + "Cobb\u200B,Addison 01,U.S. House,6,Karen Handel,R,737\n");

        assertThatThrownBy(() -> READERS.read(List.of(file), ReadOptions.DEFAULT))
                .isInstanceOf(InputException.class).hasMessageStartingWith(file + ": line ")
                .hasMessageContaining("Addison 01");
    }

    @Test
    void aNameWithAnInvisibleCharacterIsOneUnitAndTheFileIsNoted() throws IOException {
        String csv = Files.readString(COBB);
        Path plain = Files.writeString(dir.resolve("plain.csv"), csv);
        Path odd = Files.writeString(dir.resolve("odd.csv"), csv.replace("Cobb,Addison 01,", "Cobb\u200B,Addison 01,"));

        Election expected = READERS.read(List.of(plain), ReadOptions.DEFAULT);
        Election read = READERS.read(List.of(odd), ReadOptions.DEFAULT);

        assertThat(read.units()).hasSameSizeAs(expected.units());
        assertThat(read.choiceTotals(0)).isEqualTo(expected.choiceTotals(0));
        assertThat(read.notes()).contains("openelections-csv: odd.csv: names compared after Unicode normalisation"
                + " (NFKC, format characters such as zero-width spaces removed, white space collapsed), e.g."
                + " 'Cobb\\u200B', 'Cobb\\u200B/Addison 01'");
    }
}
