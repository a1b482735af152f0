package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWithWhatWasWritten() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");

        WholeFile.chars(file, List.of(), w -> w.write("new ä"));
        WholeFile.bytes(dir.resolve("out.bin"), List.of(), o -> o.write(new byte[] {1, 2, 3}));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("new ä");
        assertThat(Files.readAllBytes(dir.resolve("out.bin"))).containsExactly(1, 2, 3);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> WholeFile.chars(file, List.of(), w -> {
            w.write("half");
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputFailure.class)
                .hasMessage("cannot write " + file + ": the disk is full (no space left on device)");

        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aNameAtTheFileSystemsLimitIsWrittenThroughAShortTemporaryName() throws IOException {
        Path file = dir.resolve("r".repeat(251) + ".txt");

        WholeFile.chars(file, List.of(), w -> w.write("whole"));

        assertThat(Files.readString(file)).isEqualTo("whole");
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGivesAnOrdinaryFile() throws IOException {
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        Path file = dir.resolve("out.txt");

        WholeFile.chars(file, List.of(), w -> w.write("x"));

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aReplacedFileKeepsItsMode() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        WholeFile.chars(file, List.of(), w -> w.write("new"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aTemporaryFileLeftByAKilledRunIsRemovedByTheNextRunIntoTheFolder() throws IOException {
        Path stale = Files.writeString(dir.resolve(".bellwether-999999999-0123456789abcdef.part"), "half");
        Path running = Files.writeString(dir.resolve(".bellwether-" + ProcessHandle.current().pid()
                + "-0123456789abcdef.part"), "being written");
        Path someoneElses = Files.writeString(dir.resolve(".bellwether-notes.part"), "keep");

        WholeFile.chars(dir.resolve("out.txt"), List.of(), w -> w.write("x"));

        assertThat(stale).doesNotExist();
        assertThat(running).exists();
        assertThat(someoneElses).exists();
    }

    @Test
    void anInputIsNeverOverwritten() throws IOException {
        Path input = Files.writeString(dir.resolve("in.csv"), "input");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), input);

        assertThatThrownBy(() -> WholeFile.chars(link, List.of(input.toString()), w -> w.write("x")))
                .isInstanceOf(OutputFailure.class).hasMessage("--out " + link + " is an input of this run ("
                        + input + "); writing there would overwrite it: name another file");
        assertThat(Files.readString(input)).isEqualTo("input");
    }
}
