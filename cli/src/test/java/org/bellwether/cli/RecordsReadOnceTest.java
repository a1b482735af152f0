package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tabulate SHEET --rule irv} reads an ES&amp;S sheet once (its discovery, whose rows the count takes) and
 * hashes it once, where it read it twice before: the bytes read from the file, as the JDK's own file-read events
 * count them, are about two file sizes, not three. The count is the one its written configuration gives.
 */
class RecordsReadOnceTest {

    private static final String MAYOR =
            "../formats/src/test/resources/org/bellwether/formats/cvr/rctab/2017_minneapolis_mayor/"
                    + "2017_minneapolis_mayor_cvr.xlsx";

    @Test
    void anEssSheetCountedWithoutAConfigurationIsParsedOnceAndHashedOnce(@TempDir Path dir) throws Exception {
        Path sheet = Files.copy(Path.of(MAYOR), dir.resolve("mayor.xlsx"));
        Path config = dir.resolve("mayor.json");
        CommandRun run;
        long read = 0;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileRead").withThreshold(Duration.ZERO).withoutStackTrace();
            recording.start();
            run = CommandRun.of("tabulate", sheet.toString(), "--rule", "irv", "--overvote-rule",
                    "alwaysSkipToNextRank", "--tiebreak-mode", "random", "--random-seed", "0", "--write-config",
                    config.toString(), "--format", "rctab-csv");
            recording.stop();
            Path events = dir.resolve("reads.jfr");
            recording.dump(events);
            for (RecordedEvent e : RecordingFile.readAllEvents(events)) {
                String path = e.getString("path");
                if (path != null && path.endsWith("mayor.xlsx") && e.getLong("bytesRead") > 0) {
                    read += e.getLong("bytesRead");
                }
            }
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        long size = Files.size(sheet);
        assertThat(read).as("bytes read of a %d-byte sheet", size).isBetween(2 * size - size / 20,
                2 * size + size / 20);

        CommandRun again = CommandRun.of("tabulate", config.toString(), "--format", "rctab-csv");

        assertThat(again.out()).isEqualTo(run.out()).contains("Jacob Frey");
    }
}
