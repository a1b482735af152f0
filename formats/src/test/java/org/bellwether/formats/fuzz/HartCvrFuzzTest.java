package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the Hart cast-vote-record reader (the bytes as the one XML file of a Hart folder, counted under RCTab's
 * {@code hart_travis_county_officers} configuration) and the ranked count behind it: only {@code InputException} may
 * come out. Seeds are in {@code src/test/resources/org/bellwether/formats/fuzz/HartCvrFuzzTestInputs/readsOrRejects/}.
 */
class HartCvrFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        CvrFuzzing.readUnder("hart_travis_county_officers/hart_travis_county_officers_config.json", "sheet.xml", true,
                input);
    }
}
