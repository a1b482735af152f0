package org.bellwether.server.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bellwether.core.Election;
import org.bellwether.server.ClarityReplay;
import org.bellwether.store.AsOf;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a watcher at random moments while it imports: after each kill the store opens, every version
 * in it is whole (its totals are exactly those of one of the published snapshots), and a new watcher carries on.
 * A bounded loop with a fixed seed, so a failure can be replayed.
 */
class WatcherKillTest {

    static final int ROUNDS = 10;
    static final int SNAPSHOTS = 6;

    @TempDir
    Path dir;

    @Test
    void aWatcherKilledAtRandomMomentsLeavesOnlyWholeVersionsOnSqlite() throws Exception {
        killLoop(dir.resolve("kill.db").toString());
    }

    @Test
    void aWatcherKilledAtRandomMomentsLeavesOnlyWholeVersionsOnPostgresql() throws Exception {
        killLoop(org.bellwether.store.ThrowawayPostgres.freshDatabase("bw_server"));
    }

    private void killLoop(String store) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("feed"));
        List<Map<String, byte[]>> snapshots = new ArrayList<>();
        Set<Map<String, Long>> whole = new HashSet<>();
        for (int s = 1; s <= SNAPSHOTS; s++) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            Map<String, Long> totals = new LinkedHashMap<>();
            for (String county : ClarityReplay.COUNTIES) {
                byte[] xml = ClarityReplay.detailXml(county, s / (double) SNAPSHOTS, "snapshot " + s);
                files.put(county + ".xml", xml);
                ClarityReplay.choiceTotals(xml).forEach((k, n) -> totals.merge(k.replaceAll(" \\(...\\)$", ""), n,
                        Long::sum));
            }
            snapshots.add(files);
            whole.add(totals);
        }
        ResultsStore.open(store).close();
        Random random = new Random(20170620);
        int killedWithOutput = 0;
        for (int round = 0; round < ROUNDS; round++) {
            publish(folder, snapshots.get(round % SNAPSHOTS));
            Path out = dir.resolve("child-" + round + ".log");
            Process child = start(store, folder, out);
            Thread.sleep(2000 + random.nextInt(2500));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            killedWithOutput += Files.readString(out).contains("stored version") ? 1 : 0;
            assertEveryVersionWhole(store, whole);
        }
        assertThat(killedWithOutput).as("rounds in which a version was stored before the kill; the last said: "
                + Files.readString(dir.resolve("child-" + (ROUNDS - 1) + ".log"))).isPositive();
        try (ResultsStore s = ResultsStore.openExisting(store)) {
            assertThat(s.versions(Optional.empty())).isNotEmpty();
        }
    }

    /** Each file written beside the folder and moved in whole, as a careful publisher does; some are not. */
    private static void publish(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path tmp = folder.resolve(f.getKey() + ".part");
            Files.write(tmp, f.getValue());
            Files.move(tmp, folder.resolve(f.getKey()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static Process start(String store, Path folder, Path out) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), WatchChild.class.getName(), store, folder.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    private static void assertEveryVersionWhole(String store, Set<Map<String, Long>> whole) {
        try (ResultsStore s = ResultsStore.openExisting(store)) {
            for (VersionInfo v : s.versions(Optional.empty())) {
                Election e = s.load(Optional.empty(), new AsOf.Version(v.number())).election();
                long[] t = e.choiceTotals(0);
                Map<String, Long> totals = new LinkedHashMap<>();
                for (int i = 0; i < t.length; i++) {
                    totals.put(e.contests().get(0).choices().get(i).name(), t[i]);
                }
                assertThat(whole).as("version " + v.number() + " is one whole snapshot").contains(totals);
                assertThat(v.sources()).hasSize(3);
            }
        }
    }
}
