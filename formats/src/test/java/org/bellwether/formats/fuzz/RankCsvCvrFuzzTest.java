package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the rank-column CSV cast-vote-record reader and the ranked count behind it: only {@code InputException}
 * may come out. Seeds and kept findings are in {@code src/test/resources/org/bellwether/formats/fuzz/RankCsvCvrFuzzTestInputs/
 * readsOrRejects/} (see its README).
 */
class RankCsvCvrFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        CvrFuzzing.readAndCount("cvr.csv", input);
    }
}
