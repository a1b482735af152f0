package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.bellwether.formats.gasos.GeorgiaSosJsonReader;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the Georgia SOS JSON export reader: only {@code InputException} may come out of it. Seeds and kept
 * findings are in {@code
 * src/test/resources/org/bellwether/formats/fuzz/GeorgiaSosJsonFuzzTestInputs/readsOrRejects/} (see its README);
 * without {@code JAZZER_FUZZ} they run as plain regression tests; {@code -Djazzer.max_duration} lengthens a run.
 */
class GeorgiaSosJsonFuzzTest {

    private static final GeorgiaSosJsonReader READER = new GeorgiaSosJsonReader();

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        ReaderFuzzing.read(READER, "export.json", input);
    }
}
