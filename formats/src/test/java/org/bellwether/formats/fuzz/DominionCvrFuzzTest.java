package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the Dominion cast-vote-record reader (the bytes as a {@code CvrExport.json} beside Alaska 2024's
 * manifests) and the ranked count behind it: only {@code InputException} may come out. Seeds are in
 * {@code src/test/resources/org/bellwether/formats/fuzz/DominionCvrFuzzTestInputs/readsOrRejects/}.
 */
class DominionCvrFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        CvrFuzzing.readDominion(input);
    }
}
