package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.bellwether.formats.InputException;
import org.bellwether.formats.cvr.CvrDiscovery;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes how {@code tabulate CVR... --rule} finds a file's provider, contests and candidates without an RCTab
 * configuration ({@link CvrDiscovery}): the first byte picks the file's name and whether the provider is detected
 * or named, the rest are its bytes; only {@code InputException} may come out. Seeds are in
 * {@code src/test/resources/org/bellwether/formats/fuzz/CvrDiscoveryFuzzTestInputs/readsOrRejects/}.
 */
class CvrDiscoveryFuzzTest {

    /** File name, and the provider named for it ({@code null}: detected from the name and first bytes). */
    private static final String[][] CASES = {
        {"records.csv", null}, {"records.json", null}, {"records.xml", null},
        {"records.csv", "genericCsv"}, {"records.csv", "clearBallot"}, {"records.csv", "ess"}};

    private static final Path DIR = scratch();

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String[] chosen = CASES[Byte.toUnsignedInt(input[0]) % CASES.length];
        Path file = DIR.resolve(chosen[0]);
        try {
            Files.write(file, Arrays.copyOfRange(input, 1, input.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String provider = chosen[1] != null ? chosen[1] : CvrDiscovery.detect(file).orElse(null);
            if (provider != null) {
                CvrDiscovery.discover(file, provider).contests().forEach(c -> c.candidates().size());
            }
        } catch (InputException expected) {
            // the one permitted failure
        }
    }

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("cvr-discovery-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
