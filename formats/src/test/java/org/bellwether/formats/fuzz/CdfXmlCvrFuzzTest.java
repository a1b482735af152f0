package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the NIST SP 1500-103 CVR XML reader (the bytes as the report of RCTab's {@code nist_xml_cdf_2} case) and the
 * ranked count behind it: only {@code InputException} may come out. Seeds are in
 * {@code src/test/resources/org/bellwether/formats/fuzz/CdfXmlCvrFuzzTestInputs/readsOrRejects/}.
 */
class CdfXmlCvrFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        CvrFuzzing.readUnder("nist_xml_cdf_2/nist_xml_cdf_2_config.json", "cvr.xml", false, input);
    }
}
