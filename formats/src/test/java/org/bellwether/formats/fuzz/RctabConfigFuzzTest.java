package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the RCTab contest configuration reader: only {@code InputException} may come out. Seeds are in
 * {@code src/test/resources/org/bellwether/formats/fuzz/RctabConfigFuzzTestInputs/readsOrRejects/}.
 */
class RctabConfigFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        CvrFuzzing.readConfig(input);
    }
}
