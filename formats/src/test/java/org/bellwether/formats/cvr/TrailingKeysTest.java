package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tail is trusted only where it proves its keys are at the top level; otherwise the whole file is scanned. */
class TrailingKeysTest {

    @TempDir
    Path dir;

    private Map<String, Object> tail(String json) throws IOException {
        Path file = dir.resolve("r.json");
        Files.writeString(file, json);
        return TrailingKeys.read(file, "GpUnit", "Election");
    }

    @Test
    void keysAfterTheCvrsAreReadFromTheTail() throws IOException {
        Map<String, Object> found = tail("{\"CVR\":[{\"a\":1}],\"Election\":[{\"@id\":\"e\"}],\"GeneratedDate\":\"x\","
                + "\"GpUnit\":[{\"@id\":\"g\"}],\"Version\":\"1\"}");
        assertThat(found).containsOnlyKeys("GpUnit", "Election");
        assertThat(found.get("Election")).isEqualTo(List.of(Map.of("@id", "e")));
    }

    @Test
    void aKeyBeforeTheCvrsLeavesTheWholeFileToBeScanned() throws IOException {
        assertThat(tail("{\"GpUnit\":[],\"CVR\":[{\"a\":1}],\"Election\":[]}")).containsOnlyKeys("GpUnit", "Election");
        String big = "{\"GpUnit\":[],\"CVR\":[" + "{\"a\":1},".repeat(TrailingKeys.MAX_WINDOW / 8) + "{}],"
                + "\"Election\":[]}";
        assertThat(tail(big)).isEmpty();
    }

    @Test
    void aKeyInsideAnObjectOrAStringIsNotTakenForATopLevelOne() throws IOException {
        // a CVR holding keys named so, and a key whose name ends so after an escaped quote
        assertThat(tail("{\"CVR\":[{\"GpUnit\":[1],\"Election\":[2]}],\"V\":1}")).isEmpty();
        assertThat(tail("{\"CVR\":[],\"x\\\"Election\":[1],\"GpUnit\":[]}")).isEmpty();
        // many such nested keys before the real ones: a bounded number are tried, then the whole file is scanned
        String nested = "{\"Election\":[1]},".repeat(TrailingKeys.MAX_TRIED);
        assertThat(tail("{\"CVR\":[" + nested + "{}],\"Election\":[],\"GpUnit\":[]}")).isEmpty();
        assertThat(tail("{\"CVR\":[" + nested.substring(2 * 17) + "{}],\"Election\":[],\"GpUnit\":[]}"))
                .containsOnlyKeys("GpUnit", "Election");
        assertThat(tail("{\"CVR\":[],\"Election\":[1],\"x\\\\\":1,\"GpUnit\":[]}")).containsOnlyKeys("GpUnit",
                "Election");
    }

    @Test
    void aMissingKeyOrATailThatIsNotJsonFindsNothing() throws IOException {
        assertThat(tail("{\"CVR\":[],\"Election\":[]}")).isEmpty();
        assertThat(tail("{\"CVR\":[],\"Election\":[],\"GpUnit\":[}")).isEmpty();
        assertThat(tail("{\"CVR\":[],\"Election\":[],\"GpUnit\":[]}]")).isEmpty();
    }
}
