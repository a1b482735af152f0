package org.bellwether.formats.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML built to attack the reader: external entities (XXE) aimed at a local file and at the network, entity
 * expansion (billion laughs), and documents whose parts are too deep, too many or too long. Each is refused with
 * a message naming the file and line, and nothing outside the file is ever opened: a FIFO stands for the local
 * file (opening it to read would block the test) and a listening socket for the network.
 */
class ClarityHostileXmlTest {

    static final String DOCTYPE_REFUSED = "a DOCTYPE declaration is not allowed: Bellwether reads no DTD and no "
            + "entities (they can read local files, reach the network or expand without bound)";

    @TempDir
    Path dir;

    @Test
    void refusesADoctype() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("<ElectionResult>\n",
                "<!DOCTYPE ElectionResult>\n<ElectionResult>\n"));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 2: " + DOCTYPE_REFUSED);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void refusesAnExternalEntityAimedAtALocalFileWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("secret");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to prove the file is never opened");
        Path file = SmallDetail.write(dir, xxe("file://" + fifo));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 2: " + DOCTYPE_REFUSED);
    }

    @Test
    void refusesAnExternalEntityAimedAtTheNetworkWithoutConnecting() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).configureBlocking(false);
            int port = server.socket().getLocalPort();
            Path entity = SmallDetail.write(dir, xxe("http://127.0.0.1:" + port + "/"));
            Path dtd = Files.writeString(dir.resolve("dtd.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE ElectionResult "
                    + "SYSTEM \"http://127.0.0.1:" + port + "/evil.dtd\">\n<ElectionResult/>\n");

            assertThatThrownBy(() -> SmallDetail.read(entity)).hasMessage(entity + ": line 2: " + DOCTYPE_REFUSED);
            assertThatThrownBy(() -> SmallDetail.read(dtd)).hasMessage(dtd + ": line 2: " + DOCTYPE_REFUSED);
            // a connection attempted during the reads would be waiting in the backlog
            assertThat(server.accept()).isNull();
        }
    }

    @Test
    void refusesAnExternalEntityAimedAtAClosedPort() throws IOException {
        Path file = SmallDetail.write(dir, xxe("http://127.0.0.1:1/"));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 2: " + DOCTYPE_REFUSED);
    }

    @Test
    void refusesBillionLaughsBeforeExpandingAnything() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Path file = SmallDetail.write(dir, xml.append("]>\n<ElectionResult>&lol9;</ElectionResult>\n").toString());

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 2: " + DOCTYPE_REFUSED);
    }

    @Test
    void refusesAnUndeclaredEntityWithoutADoctype() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("<Region>Cobb</Region>", "<Region>&xxe;</Region>"));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 6: malformed XML: The entity "
                + "\"xxe\" was referenced, but not declared.");
    }

    @Test
    void refusesTruncatedXml() throws IOException {
        String xml = SmallDetail.XML;
        Path file = SmallDetail.write(dir, xml.substring(0, xml.indexOf("<VoteType name=\"Absentee")));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 19: malformed XML: XML document "
                + "structures must start and end within the same entity.");
    }

    @Test
    void refusesARepeatedAttribute() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P1\" votes=\"25\"",
                "name=\"P1\" votes=\"25\" votes=\"2500\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 16: malformed XML: Attribute "
                + "\"votes\" was already specified for element \"Precinct\".");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() throws IOException {
        String deep = "<x>".repeat(40) + "</x>".repeat(40);
        Path file = SmallDetail.write(dir, SmallDetail.with("<Region>", deep + "\n  <Region>"));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 6: element nesting depth 33 "
                + "exceeds the limit of 32 (XmlLimit.DEPTH)");
    }

    @Test
    void refusesMoreAttributesThanTheLimit() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 65; i++) {
            many.append(" a").append(i).append("=\"1\"");
        }
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P1\" votes=\"25\"", "name=\"P1\" votes=\"25\""
                + many));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 16: attributes on one element 67 "
                + "exceeds the limit of 64 (XmlLimit.ATTRIBUTES)");
    }

    @Test
    void refusesANameLongerThanTheLimit() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P1\" votes=\"25\"",
                "name=\"" + "P".repeat(1001) + "\" votes=\"25\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 16: <Precinct> name: characters "
                + "in a name or text 1001 exceeds the limit of 1000 (XmlLimit.NAME_CHARS)");
    }

    @Test
    void refusesAHugeAttributeBeforeTheParserHoldsItWhole() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P1\" votes=\"25\"",
                "name=\"P1\" votes=\"" + " ".repeat(3 << 20) + "25\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 16: more than 1048576 bytes "
                + "between two '<' (XmlLimit.MARKUP_RUN_BYTES)");
    }

    @Test
    void refusesAnotherRootElement() throws IOException {
        Path file = SmallDetail.write(dir, "<?xml version=\"1.0\"?>\n<Results>\n</Results>\n");

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 2: the root element is "
                + "<Results>, not <ElectionResult>: not a Clarity detail file");
    }

    /** A detail file whose region is an external entity, declared in its DOCTYPE. */
    private static String xxe(String systemId) {
        return SmallDetail.with("<ElectionResult>\n", "<!DOCTYPE ElectionResult [<!ENTITY xxe SYSTEM \"" + systemId
                + "\">]>\n<ElectionResult>\n").replace("<Region>Cobb</Region>", "<Region>&xxe;</Region>");
    }
}
