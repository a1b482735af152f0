package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.bellwether.formats.nist.NistErrXmlReader;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the NIST ERR v2 XML reader: only {@code InputException} may come out of it. Seeds and kept findings are in
 * {@code src/test/resources/org/bellwether/formats/fuzz/NistErrXmlFuzzTestInputs/readsOrRejects/} (see its README);
 * without {@code JAZZER_FUZZ} they run as plain regression tests; {@code -Djazzer.max_duration} lengthens a run.
 */
class NistErrXmlFuzzTest {

    private static final NistErrXmlReader READER = new NistErrXmlReader();

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        ReaderFuzzing.read(READER, "results.xml", input);
    }
}
