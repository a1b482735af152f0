package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.SharedData;
import org.bellwether.formats.clarity.ClarityDetailReader;
import org.bellwether.formats.gasos.GeorgiaSosJsonReader;
import org.bellwether.formats.nist.NistErrJsonReader;
import org.bellwether.formats.nist.NistErrXmlReader;
import org.bellwether.formats.openelections.OpenElectionsCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors speak the project's words and echo no more of a file than a few printable characters: no parser class
 * names, no stray lines from the JDK parser's default error handler, nothing of a file reached through a link.
 */
class HostileMessagesTest {

    private static final Readers READERS = new Readers(List.of(new GeorgiaSosJsonReader(),
            new OpenElectionsCsvReader(), new NistErrXmlReader(), new NistErrJsonReader(), new ClarityDetailReader()));
    private static final String NIST = "formats/nist-err-v2/cdf-test-method/";
    private static final Path CAMBRIDGE_XML = SharedData.file(NIST
            + "real_world_ma_cambridge_2022_general_err_v2_err-2022-11-08-Massachusetts-Cambridge.xml");
    private static final Path CAMBRIDGE_JSON = SharedData.file(NIST
            + "real_world_ma_cambridge_2022_general_err_v2_err-2022-11-08-Massachusetts-Cambridge.json");
    private static final Path COBB_CLARITY = SharedData.file("ga06-2017/clarity/special_Cobb.xml");

    @TempDir
    Path dir;

    @Test
    void anUnknownFileReachedThroughALinkIsNotQuoted() throws IOException {
        Path secret = Files.writeString(dir.resolve("shadow"), "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\n");
        Path link = Files.createSymbolicLink(dir.resolve("results.csv"), secret);

        assertThatThrownBy(() -> READERS.read(List.of(link), ReadOptions.DEFAULT))
                .hasMessage(link + ": unknown layout: not a format Bellwether reads (it looks like text of another"
                        + " kind)");
    }

    @Test
    void anUnknownFileIsQuotedByAFewPrintableCharactersAtMost() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "Dear colleague, the password is hunter2\n");

        assertThatThrownBy(() -> READERS.read(List.of(file), ReadOptions.DEFAULT))
                .hasMessage(file + ": unknown layout: not a format Bellwether reads (it looks like text of another"
                        + " kind, starting \"Dear colleag\")");
    }

    @Test
    void invalidUtf8InClarityXmlIsOneErrorAndNoParserChatter() throws IOException {
        Path file = withBytesBefore(COBB_CLARITY, "KAREN", new byte[] {(byte) 0xFF, (byte) 0xFE}, "detail.xml");

        String stderr = stderrOf(() -> assertThatThrownBy(() -> READERS.read(List.of(file), ReadOptions.DEFAULT))
                .hasMessage(file + ": line 168: bytes that are not UTF-8, in a file that is UTF-8 (declared so, or"
                        + " declaring no encoding); save it as UTF-8"));
        assertThat(parserChatter(stderr)).isEmpty();
    }

    /**
     * What the XML parser wrote on standard error; a fuzz test run earlier in the same JVM leaves Jazzer's agent
     * loaded, which announces each class it instruments there, and that is not the parser's.
     */
    private static String parserChatter(String stderr) {
        return String.join("\n", stderr.lines().filter(l -> !l.startsWith("INFO: Instrumented ")).toList());
    }

    @Test
    void invalidUtf8InNistXmlIsOneErrorAndNoParserChatter() throws IOException {
        Path file = withBytesBefore(CAMBRIDGE_XML, "<Name>", new byte[] {(byte) 0xFF}, "nist.xml");

        String stderr = stderrOf(() -> assertThatThrownBy(() -> READERS.read(List.of(file), ReadOptions.DEFAULT))
                .hasMessageStartingWith(file + ": line ").hasMessageEndingWith(": bytes that are not UTF-8, in a file"
                        + " that is UTF-8 (declared so, or declaring no encoding); save it as UTF-8"));
        assertThat(parserChatter(stderr)).isEmpty();
    }

    @Test
    void nistJsonErrorsNameNoParserClassAndNoSource() throws IOException {
        String json = Files.readString(CAMBRIDGE_JSON);
        int name = json.indexOf("\"Name\"") + 10;
        Path control = Files.writeString(dir.resolve("control.json"), json.substring(0, name) + "\u0001"
                + json.substring(name));
        Path truncated = Files.writeString(dir.resolve("truncated.json"), json.substring(0, json.length() / 2));

        assertThatThrownBy(() -> READERS.read(List.of(control), ReadOptions.DEFAULT))
                .hasMessage(control + ": line 2141: malformed JSON: Illegal unquoted character ((CTRL-CHAR, code 1)):"
                        + " has to be escaped using backslash to be included in string value");
        assertThatThrownBy(() -> READERS.read(List.of(truncated), ReadOptions.DEFAULT))
                .hasMessage(truncated + ": line 8757: malformed JSON: Unexpected end-of-input within/between Object"
                        + " entries");
    }

    @Test
    void aNistXmlFileWithAByteOrderMarkIsRead() throws IOException {
        Path file = dir.resolve("bom.xml");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Files.readAllBytes(CAMBRIDGE_XML)));

        assertThat(READERS.read(List.of(file), ReadOptions.DEFAULT).tallies().size())
                .isEqualTo(READERS.read(List.of(CAMBRIDGE_XML), ReadOptions.DEFAULT).tallies().size());
    }

    @Test
    void aNistJsonCountGivenAsAStringIsRefused() throws IOException {
        String json = Files.readString(CAMBRIDGE_JSON);
        int at = json.indexOf("\"Count\" : 55");
        Path file = Files.writeString(dir.resolve("string-count.json"), json.substring(0, at) + "\"Count\" : \"55\""
                + json.substring(at + "\"Count\" : 55".length()));

        assertThatThrownBy(() -> READERS.read(List.of(file), ReadOptions.DEFAULT))
                .hasMessage(file + ": $.Election[0].Contest[0].ContestSelection[0].VoteCounts[0].Count: a whole number"
                        + " was expected (the schema's integer), found a string \"55\"");
    }

    @Test
    void aHugeCommentInNistXmlIsRefusedAtTheSameLimitAsInClarity() throws IOException {
        String comment = "<!--" + "<b> ".repeat((1 << 20) / 4 + 1) + "-->\n";
        Path nist = Files.writeString(dir.resolve("nist.xml"), afterLineWith(Files.readString(CAMBRIDGE_XML),
                "<ElectionReport", comment));
        Path clarity = Files.writeString(dir.resolve("detail.xml"), afterLineWith(Files.readString(COBB_CLARITY),
                "<ElectionResult", comment));

        assertThatThrownBy(() -> READERS.read(List.of(nist), ReadOptions.DEFAULT)).hasMessage(nist + ": line 3: "
                + XmlGuardTest.SECTION);
        assertThatThrownBy(() -> READERS.read(List.of(clarity), ReadOptions.DEFAULT)).hasMessage(clarity
                + ": line 5: " + XmlGuardTest.SECTION);
    }

    private static String afterLineWith(String text, String marker, String insert) {
        int end = text.indexOf('\n', text.indexOf(marker)) + 1;
        return text.substring(0, end) + insert + text.substring(end);
    }

    private Path withBytesBefore(Path source, String marker, byte[] insert, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(marker);
        byte[] out = concat(java.util.Arrays.copyOf(bytes, at), insert);
        return Files.write(dir.resolve(name), concat(out, java.util.Arrays.copyOfRange(bytes, at, bytes.length)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** What {@code work} printed on standard error, where the JDK parser's default error handler writes. */
    private static String stderrOf(Runnable work) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(saved);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
