package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML attacks on a reader: each is refused before any entity is expanded or any file or URL is opened. */
class NistErrXmlHostileInputTest {

    private static final String DOCTYPE_REFUSED = "a DOCTYPE declaration is not allowed: NIST ERR needs none,"
            + " and a DTD can define entities that expand or read files";

    private static String withProlog(String prolog) {
        return SmallReports.fill(SmallReports.XML).replaceFirst("\n", "\n" + prolog + "\n");
    }

    private static Path file(Path dir, String text) {
        return SmallReports.write(dir, "hostile.xml", text);
    }

    @Test
    void anExternalEntityIsRefusedWithTheDoctype(@TempDir Path dir) {
        Path f = file(dir, withProlog("<!DOCTYPE ElectionReport [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replace("Ann Lee", "&xxe;"));

        assertThatThrownBy(() -> NistFiles.read(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ": line 2: " + DOCTYPE_REFUSED);
    }

    @Test
    void aBillionLaughsEntityBombIsRefusedBeforeAnyExpansion(@TempDir Path dir) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE ElectionReport [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Path f = file(dir, withProlog(dtd.append("]>").toString()).replace("Ann Lee", "&lol9;"));

        assertThatThrownBy(() -> NistFiles.read(f)).hasMessage(f + ": line 2: " + DOCTYPE_REFUSED);
    }

    @Test
    void anExternalDtdIsNeitherFetchedNorAllowed(@TempDir Path dir) {
        Path f = file(dir, withProlog("<!DOCTYPE ElectionReport SYSTEM \"http://example.invalid/err.dtd\">"));

        assertThatThrownBy(() -> NistFiles.read(f)).hasMessage(f + ": line 2: " + DOCTYPE_REFUSED);
    }

    @Test
    void anUndeclaredEntityReferenceIsMalformedXml(@TempDir Path dir) {
        Path f = file(dir, SmallReports.fill(SmallReports.XML).replace("Ann Lee", "&undeclared;"));

        assertThatThrownBy(() -> NistFiles.read(f)).hasMessage(f + ": line 5: malformed XML: The entity"
                + " \"undeclared\" was referenced, but not declared.");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedNamingIt(@TempDir Path dir) {
        String deep = "<Deep>".repeat(70) + "</Deep>".repeat(70);
        Path f = file(dir, SmallReports.fill(SmallReports.XML).replace("<Format>", deep + "\n<Format>"));

        assertThatThrownBy(() -> NistFiles.read(f)).hasMessage(f + ": line 24: nesting depth 65 exceeds the limit"
                + " of 64 (NistLimit.NESTING_DEPTH)");
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedNamingIt(@TempDir Path dir) {
        String half = "x".repeat((1 << 19) + 1);
        Path f = file(dir, SmallReports.fill(SmallReports.XML).replace("Ann Lee", half + "<!---->" + half));

        assertThatThrownBy(() -> NistFiles.read(f)).hasMessageStartingWith(f + ": line 5: text length ")
                .hasMessageEndingWith(" exceeds the limit of 1048576 (NistLimit.TEXT_LENGTH)");
    }

    @Test
    void aTextRunLongerThanTheXmlLimitIsRefusedBeforeTheParserHoldsIt(@TempDir Path dir) {
        Path f = file(dir, SmallReports.fill(SmallReports.XML).replace("Ann Lee", "x".repeat((1 << 20) + 1)));

        assertThatThrownBy(() -> NistFiles.read(f)).hasMessage(f + ": line 5: more than 1048576 bytes between two"
                + " '<' (XmlLimit.MARKUP_RUN_BYTES)");
    }
}
