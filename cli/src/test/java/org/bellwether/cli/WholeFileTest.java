package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWithWhatWasWritten() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");

        WholeFile.chars(file, w -> w.write("new ä"));
        WholeFile.bytes(dir.resolve("out.bin"), o -> o.write(new byte[] {1, 2, 3}));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("new ä");
        assertThat(Files.readAllBytes(dir.resolve("out.bin"))).containsExactly(1, 2, 3);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> WholeFile.chars(file, w -> {
            w.write("half");
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessage("cannot write " + file);

        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
