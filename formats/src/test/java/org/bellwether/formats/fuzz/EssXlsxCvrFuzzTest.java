package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the ES&amp;S xlsx cast-vote-record reader and the ranked count behind it: only {@code InputException}
 * may come out. Seeds and kept findings are in {@code src/test/resources/org/bellwether/formats/fuzz/EssXlsxCvrFuzzTestInputs/
 * readsOrRejects/} (see its README).
 */
class EssXlsxCvrFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        CvrFuzzing.readAndCount("cvr.xlsx", input);
    }
}
