package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output path a user can get wrong gives one line naming it and the reason, exit 2, and no file left. */
class OutputPathsTest {

    private static final String RUNOFF = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv").getParent().toString();

    private static final String CLARITY = SharedData.file("ga06-2017/clarity/special_Cobb.xml").getParent().toString();

    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsNamed() {
        Path out = dir.resolve("missing/report.txt");

        CommandRun run = CommandRun.of("tabulate", RUNOFF, "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bellwether: cannot write " + out + ": folder " + dir.resolve("missing")
                + " does not exist\n");
    }

    @Test
    void outNamingAFolderIsRefusedAndLeavesNothingInIt() throws IOException {
        CommandRun run = CommandRun.of("convert", RUNOFF, "--to", "nist-xml", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bellwether: cannot write " + dir + ": it is a folder; name a file in it\n");
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void aNameNearTheLimitIsWritten() throws IOException {
        Path out = dir.resolve("t".repeat(250) + ".txt");

        CommandRun run = CommandRun.of("tabulate", RUNOFF, "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("Karen Handel");
        assertThat(listing(dir)).containsExactly(out.getFileName().toString());
    }

    @Test
    void outNamingAnInputIsRefusedAndTheInputKept() throws IOException {
        Path input = dir.resolve("cobb.csv");
        Files.copy(Path.of(RUNOFF, "20170620__ga__special__general__runoff__cobb__precinct.csv"), input);
        byte[] before = Files.readAllBytes(input);

        CommandRun tabulate = CommandRun.of("tabulate", input.toString(), "--out", input.toString());
        CommandRun convert = CommandRun.of("convert", dir.toString(), "--to", "csv", "--out", input.toString());

        assertThat(tabulate.exitCode()).isEqualTo(1);
        assertThat(tabulate.err()).isEqualTo("bellwether: --out " + input + " is an input of this run (" + input
                + "); writing there would overwrite it: name another file\n");
        assertThat(convert.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void aReadOnlyFileSystemIsSaidSo() throws Exception {
        Optional<SmallDisk> disk = SmallDisk.mount(dir, "ro,size=64k");
        assumeTrue(disk.isPresent(), SmallDisk.CANNOT_MOUNT);
        try (SmallDisk d = disk.get()) {
            Path out = d.dir().resolve("report.txt");

            CommandRun run = CommandRun.of("tabulate", RUNOFF, "--out", out.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("bellwether: cannot write " + out + ": the file system is read-only\n");
        }
    }

    @Test
    void aFullDiskIsSaidSoAndLeavesNoPartOfTheFile() throws Exception {
        Optional<SmallDisk> disk = SmallDisk.mount(dir, "size=64k");
        assumeTrue(disk.isPresent(), SmallDisk.CANNOT_MOUNT);
        try (SmallDisk d = disk.get()) {
            Path out = d.dir().resolve("runoff.xml");

            CommandRun run = CommandRun.of("convert", RUNOFF, "--to", "nist-xml", "--out", out.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("bellwether: cannot write " + out
                    + ": the disk is full (no space left on device)\n");
            assertThat(listing(dir)).isEmpty();
        }
    }

    @Test
    void anImportOntoAFullDiskSaysTheDiskIsFull() throws Exception {
        // room for the schema (5 migrations, more while a migration commits: SQLite's WAL holds each one's pages)
        // but not for the import: 300k gives this message on this data (schema 5: 280k fails in the migration's
        // commit, 300k and 320k give the message; schema 3: 240k to 320k; 400k holds the import)
        Optional<SmallDisk> disk = SmallDisk.mount(dir, "size=300k");
        assumeTrue(disk.isPresent(), SmallDisk.CANNOT_MOUNT);
        try (SmallDisk d = disk.get()) {
            Path db = d.dir().resolve("results.db");

            CommandRun run = CommandRun.of("import", CLARITY, "--db", db.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("bellwether: " + db + ": the disk holding the results store is full;"
                    + " nothing of this import was stored: free some space and import again (");
            assertThat(run.err().lines()).hasSize(1);
        }
    }

    private static java.util.List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
