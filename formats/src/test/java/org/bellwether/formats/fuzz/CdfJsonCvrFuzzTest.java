package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the NIST SP 1500-103 CVR JSON reader (its byte scan for the election, then the walk of each CVR) and the
 * ranked count behind it, counted under RCTab's {@code aliases_cdf_json} configuration cut to its first source
 * ({@code cdf_json_fuzz_config.json} beside the seeds): only {@code InputException} may come out. Seeds are in
 * {@code src/test/resources/org/bellwether/formats/fuzz/CdfJsonCvrFuzzTestInputs/readsOrRejects/}.
 */
class CdfJsonCvrFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        CvrFuzzing.readUnder("/org/bellwether/formats/fuzz/cdf_json_fuzz_config.json", "cvr.json", false, input);
    }
}
