package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    /** A reader that accepts files starting with "ok" and reads nothing, to test what Readers does around it. */
    private static final ResultsReader OK = new ResultsReader() {
        @Override
        public String name() {
            return "ok-reader";
        }

        @Override
        public boolean recognises(byte[] head) {
            return new String(head, StandardCharsets.UTF_8).startsWith("ok");
        }

        @Override
        public void read(Path file, ElectionBuilder into, ReadOptions options) {
            into.name("read " + file.getFileName());
            int contest = into.contest("Mayor", 1);
            into.tally(contest, into.choice(contest, "ANN", Optional.empty(), false),
                    into.unit("Town", "Town", UnitLevel.COUNTY, Optional.empty()), into.voteType(VoteType.ALL), 1);
        }
    };

    private final Readers readers = new Readers(List.of(OK));

    @Test
    void aFileThatDoesNotExistIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> readers.read(List.of(missing), ReadOptions.DEFAULT))
                .isInstanceOf(InputException.class).hasMessage(missing + ": file does not exist");
    }

    @Test
    void anEmptyFileIsRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));

        assertThatThrownBy(() -> readers.read(List.of(empty), ReadOptions.DEFAULT))
                .hasMessage(empty + ": file is empty");
    }

    @Test
    void aBinaryFileIsRefused(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("results.csv"), new byte[] {'o', 'k', 0, 1, 2, (byte) 0xFF});

        assertThatThrownBy(() -> readers.read(List.of(binary), ReadOptions.DEFAULT))
                .hasMessage(binary + ": binary file (it contains NUL bytes), not a results file");
    }

    @Test
    void aDirectoryIsNotAResultsFile(@TempDir Path dir) {
        assertThatThrownBy(() -> readers.read(List.of(dir), ReadOptions.DEFAULT))
                .hasMessage(dir + ": is a directory, not a results file");
    }

    @Test
    void anUnknownLayoutIsNamedWithTheStartOfTheFile(@TempDir Path dir) throws IOException {
        Path odd = Files.writeString(dir.resolve("odd.txt"), "name;votes\nSmith;12\n");

        assertThatThrownBy(() -> readers.read(List.of(odd), ReadOptions.DEFAULT))
                .hasMessage(odd + ": unknown layout: not a format Bellwether reads (it looks like text of another"
                        + " kind, starting \"name;votes\")");
    }

    @Test
    void recordsEachSourceWithItsSha256AndReader(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "ok");

        var election = readers.read(List.of(file), ReadOptions.DEFAULT);

        assertThat(election.sources()).singleElement().satisfies(s -> {
            assertThat(s.sha256()).isEqualTo("2689367b205c16ce32ed4200942b8b8b1e262dfc70d9bc9fbc77c49699a4f1df");
            assertThat(s.reader()).isEqualTo("ok-reader");
        });
    }

    @Test
    void echoedInputIsCappedAndControlCharactersAreMasked() {
        assertThat(InputException.echo("a\u0007b")).isEqualTo("\"a?b\"");
        assertThat(InputException.echo("x".repeat(200))).hasSize(InputException.MAX_ECHO + 5);
    }
}
