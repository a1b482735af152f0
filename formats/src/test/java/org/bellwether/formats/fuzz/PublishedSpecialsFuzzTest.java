package org.bellwether.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.bellwether.formats.InputException;
import org.bellwether.formats.specials.PublishedSpecialsFile;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the reader of FiveThirtyEight's specials table: only {@code InputException} may come out of it. Seeds are
 * in {@code src/test/resources/org/bellwether/formats/fuzz/PublishedSpecialsFuzzTestInputs/readsOrRejects/}.
 */
class PublishedSpecialsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOrRejects(byte[] input) {
        try {
            PublishedSpecialsFile.read(ReaderFuzzing.write("special-elections.csv", input));
        } catch (InputException expected) {
            // the one permitted failure
        }
    }
}
