package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.formats.gasos.GeorgiaSosJsonReader;
import org.bellwether.formats.nist.NistErrJsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unknown JSON keys cost bounded memory: an object may hold at most 10,000 members (Jackson's duplicate detection
 * remembers each name of an open object), and a file's distinct quirks are noted at most 100 times.
 */
class UnknownKeysTest {

    private static final Readers READERS = new Readers(List.of(new GeorgiaSosJsonReader(), new NistErrJsonReader()));
    private static final Path SOS = SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json");
    private static final Path CAMBRIDGE_JSON = SharedData.file("formats/nist-err-v2/cdf-test-method/"
            + "real_world_ma_cambridge_2022_general_err_v2_err-2022-11-08-Massachusetts-Cambridge.json");

    @TempDir
    Path dir;

    @Test
    void anSosObjectWithTooManyMembersIsRefusedNamingTheLimit() throws IOException {
        Path file = withKeysPastTheHead(SOS, 10_001, "sos.json");

        assertThatThrownBy(() -> READERS.read(List.of(file), ReadOptions.DEFAULT))
                .hasMessageStartingWith(file + ": line ").hasMessageEndingWith(": JSON members in one object 10001"
                        + " exceeds the limit of 10000 (JsonLimit.MEMBERS)");
    }

    @Test
    void aNistObjectWithTooManyMembersIsRefusedNamingTheLimit() throws IOException {
        Path file = withKeysPastTheHead(CAMBRIDGE_JSON, 10_001, "nist.json");

        assertThatThrownBy(() -> READERS.read(List.of(file), ReadOptions.DEFAULT))
                .hasMessageStartingWith(file + ": $.").hasMessageEndingWith(".unknown10000: members in one object"
                        + " 10001 exceeds the limit of 10000 (NistLimit.MEMBERS)");
    }

    @Test
    void manyDistinctUnknownKeysAreNotedAHundredTimesAtMost() throws IOException {
        String json = Files.readString(SOS);
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            objects.append("\"unknown").append(i).append("\":{\"x").append(i).append("\":1},");
        }
        int at = json.indexOf('{', json.indexOf("\"localResults\"")) + 1;
        Path file = Files.writeString(dir.resolve("sos.json"), json.substring(0, at) + objects + json.substring(at));

        Election e = READERS.read(List.of(file), ReadOptions.DEFAULT);

        assertThat(e.notes().stream().filter(n -> n.contains("ignored unknown field"))).hasSize(100);
        assertThat(e.notes()).contains("georgia-sos-json: sos.json: more than 100 distinct quirks; the rest are not"
                + " noted (ReaderNotes.MAX_ONCE_NOTES)");
    }

    /** The keys go into an object after the markers that detection looks for. */
    private Path withKeysPastTheHead(Path source, int keys, String name) throws IOException {
        String json = Files.readString(source);
        int at = json.indexOf('{', json.indexOf(source.equals(SOS) ? "\"localResults\"" : "\"Contest\"")) + 1;
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < keys; i++) {
            extra.append("\"unknown").append(i).append("\":0,");
        }
        return Files.writeString(dir.resolve(name), json.substring(0, at) + extra + json.substring(at));
    }
}
