package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.bellwether.formats.nist.NistErrJsonReader;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the NIST ERR v2 JSON reader: only {@code InputException} may come out of it. Seeds and kept findings are
 * in {@code src/test/resources/org/bellwether/formats/fuzz/NistErrJsonFuzzTestInputs/readsOrRejects/} (see its
 * README); without {@code JAZZER_FUZZ} they run as plain regression tests; {@code -Djazzer.max_duration} lengthens
 * a run.
 */
class NistErrJsonFuzzTest {

    private static final NistErrJsonReader READER = new NistErrJsonReader();

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        ReaderFuzzing.read(READER, "results.json", input);
    }
}
