package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void watchOnceReadsSettledFilesAndLeavesAFileJustWrittenForTheNextLook() throws Exception {
        Path feed = Files.createDirectories(dir.resolve("feed"));
        Files.copy(SharedData.file("ga06-2017/clarity/special_Cobb.xml"), feed.resolve("special_Cobb.xml"),
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        String db = dir.resolve("w.db").toString();
        CommandRun first = CommandRun.of("watch", feed.toString(), "--once", "--db", db);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("special_Cobb.xml: stored version 1 of 2017-06-20-june-20-2017-special-runoff");
        CommandRun again = CommandRun.of("watch", feed.toString(), "--once", "--db", db);
        assertThat(again.err()).contains("unchanged: the same bytes as version 1");
        Files.copy(SharedData.file("ga06-2017/clarity/special_DeKalb.xml"), feed.resolve("special_DeKalb.xml"));
        CommandRun fresh = CommandRun.of("watch", feed.toString(), "--once", "--db", db);
        assertThat(fresh.err()).contains("files changed since the last look; waiting until they stay the same");
        assertThat(CommandRun.of("versions", "--db", db).out()).doesNotContain("special_DeKalb.xml");
    }

    @Test
    void watchAndServeSayHowToUseThem() {
        CommandRun watch = CommandRun.of("watch", "--help");
        assertThat(watch.exitCode()).isZero();
        assertThat(watch.out()).contains("--every", "current_ver.txt", "Example: bellwether watch");
        CommandRun serve = CommandRun.of("serve", "--help");
        assertThat(serve.exitCode()).isZero();
        assertThat(serve.out()).contains("--port", "--token-sha256-file", "/api/v1/openapi.json")
                .doesNotContain("--bare-endpoint");
        CommandRun bad = CommandRun.of("watch", dir.toString(), "--every", "0");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--every must be at least 0.1");
    }
}
