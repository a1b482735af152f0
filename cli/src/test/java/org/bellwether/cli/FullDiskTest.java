package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Standard output that cannot be written stops the command with a message and a non-zero exit, never exit 0. */
class FullDiskTest {

    private static final String RUNOFF = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv").getParent().toString();
    private static final Path DEV_FULL = Path.of("/dev/full");

    @Test
    void tabulateToAFullDiskExitsTwoSayingTheDiskIsFull() throws Exception {
        assumeTrue(Files.isWritable(DEV_FULL), "no /dev/full on this system");

        Process p = bellwether("tabulate", RUNOFF, "--by", "precinct");

        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("bellwether: cannot write standard output: the disk is full (no space left on device)\n");
    }

    @Test
    void convertToAFullDiskExitsTwoSayingTheDiskIsFull() throws Exception {
        assumeTrue(Files.isWritable(DEV_FULL), "no /dev/full on this system");

        Process p = bellwether("convert", RUNOFF, "--to", "nist-xml");

        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("bellwether: cannot write standard output: the disk is full (no space left on device)\n");
    }

    @Test
    void outputThatFailsHalfWayStopsTheWriterAtTheFirstFailure() {
        FailingAfter stdout = new FailingAfter(100_000);
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int code = Main.run(cli, new String[] {"convert", RUNOFF, "--to", "nist-xml"}, stdout, StandardCharsets.UTF_8);

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("bellwether: cannot write standard output: the disk is full (no space"
                + " left on device)\n");
        assertThat(stdout.attempts).as("writes tried after the first failure").isEqualTo(1);
    }

    @Test
    void outputThatFitsIsWrittenWholeWithExitZero() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        CommandLine cli = Main.commandLine();

        int code = Main.run(cli, new String[] {"tabulate", RUNOFF}, stdout, StandardCharsets.UTF_8);

        assertThat(code).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("Karen Handel").endsWith(".\n");
    }

    private static Process bellwether(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String[] command = new String[args.length + 4];
        command[0] = java;
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = Main.class.getName();
        System.arraycopy(args, 0, command, 4, args.length);
        return new ProcessBuilder(command).redirectOutput(new File(DEV_FULL.toString()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** A disk that fills after {@code room} bytes, counting the writes tried once it is full. */
    private static final class FailingAfter extends OutputStream {
        private long room;
        int attempts;

        FailingAfter(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                attempts++;
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }
}
