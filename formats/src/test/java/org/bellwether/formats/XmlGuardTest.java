package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte limits every XML reader keeps, each refused with the limit's name and the line it was broken on. */
class XmlGuardTest {

    private static final int MIB = 1 << 20;
    static final String SECTION = "more than 1048576 bytes in one comment, processing instruction or CDATA section"
            + " (XmlLimit.SECTION_BYTES)";
    static final String RUN = "more than 1048576 bytes between two '<' (XmlLimit.MARKUP_RUN_BYTES)";

    @Test
    void aHugeCommentFullOfAngleBracketsIsRefused() {
        assertRefused("<a>\n<!--" + "< ".repeat(MIB / 2 + 1) + "-->\n</a>", 2, SECTION);
    }

    @Test
    void aHugeProcessingInstructionIsRefused() {
        assertRefused("<?pi " + "<".repeat(MIB + 1) + "?><a/>", 1, SECTION);
    }

    @Test
    void aHugeCdataSectionIsRefused() {
        assertRefused("<a>\n\n<![CDATA[" + "<]>".repeat(MIB / 3 + 1) + "]]></a>", 3, SECTION);
    }

    @Test
    void aHugeAttributeValueIsRefused() {
        assertRefused("<a b=\"" + "x".repeat(MIB + 1) + "\"/>", 1, RUN);
    }

    @Test
    void sectionsUpToTheLimitAndManyOfThemPass() throws IOException {
        String big = "<a><!--" + "<".repeat(MIB - 10) + "--><?p " + "?".repeat(1000) + "?><![CDATA[ ]]]]>"
                + "<!-- - -- --->" + "<!--x-->".repeat(200_000) + "</a>";

        assertThat(drain(big.getBytes(StandardCharsets.UTF_8))).isEqualTo(big.length());
    }

    @Test
    void invalidUtf8IsRefusedNamingTheLine() {
        byte[] bytes = "<a>\nok\nbad \u00E9".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 'x';

        assertThatThrownBy(() -> drain(bytes)).isInstanceOf(XmlGuard.Refused.class)
                .hasMessage("bytes that are not UTF-8, in a file that is UTF-8 (declared so, or declaring no encoding);"
                        + " save it as UTF-8").satisfies(e -> assertThat(((XmlGuard.Refused) e).line()).isEqualTo(3));
    }

    @Test
    void overlongAndSurrogateEncodingsAreNotUtf8() {
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}) {
            assertThatThrownBy(() -> drain(bad)).isInstanceOf(XmlGuard.Refused.class);
        }
    }

    @Test
    void aFileDeclaringAnotherEncodingIsLeftToTheParser() throws IOException {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\u00E9</a>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(drain(latin1)).isEqualTo(latin1.length);
    }

    @Test
    void aByteOrderMarkAndUtf8PassUnchanged() throws IOException {
        byte[] bytes = ("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><a>Gr\u00FC\u00DFe \uD83D\uDDF3</a>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(drain(bytes)).isEqualTo(bytes.length);
    }

    @Test
    void theLimitsAreExactToTheByte() throws IOException {
        String run = "<" + "x".repeat(MIB) + "<![CDATX" + "x".repeat(MIB - 7) + "<!-" + "x".repeat(MIB - 2);
        String comment = "<!--" + "<".repeat(MIB - 3) + "-->";

        assertThat(drain(run.getBytes(StandardCharsets.UTF_8))).isEqualTo(run.length());
        assertThat(drain(comment.getBytes(StandardCharsets.UTF_8))).isEqualTo(comment.length());
        assertRefused("<" + "x".repeat(MIB + 1), 1, RUN);
        assertRefused("<![CDATX" + "x".repeat(MIB - 6), 1, RUN);
        assertRefused("x".repeat(MIB + 1), 1, RUN);
        assertRefused("<!--" + "<".repeat(MIB - 2) + "-->", 1, SECTION);
    }

    @Test
    void somethingThatOnlyStartsLikeCdataIsARunLikeAnyOther() {
        assertRefused("<a><![CDAXA[" + "x".repeat(MIB + 1) + "]]></a>", 1, RUN);
    }

    @Test
    void aByteAtATimeIsGuardedAsWell() throws IOException {
        byte[] bad = {'<', 'a', '>', (byte) 0xC3, 'x'};
        try (InputStream in = XmlGuard.of(new ByteArrayInputStream(bad))) {
            assertThat(in.read()).isEqualTo('<');
            in.read();
            in.read();
            in.read();
            assertThatThrownBy(in::read).isInstanceOf(XmlGuard.Refused.class);
        }
    }

    @Test
    void theEdgesOfUtf8() throws IOException {
        for (int[] valid : new int[][] {{0xC2, 0x80}, {0xDF, 0xBF}, {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF},
            {0xEF, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}}) {
            assertThat(drain(bytes(valid))).as(java.util.Arrays.toString(valid)).isEqualTo(valid.length + 3);
        }
        for (int[] invalid : new int[][] {{0xC1, 0xBF}, {0xC2, 0x7F}, {0xC2, 0xC0}, {0xE0, 0x9F, 0x80},
            {0xED, 0xA0, 0x80}, {0xF0, 0x8F, 0x80, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80},
            {0x80}}) {
            assertThatThrownBy(() -> drain(bytes(invalid))).as(java.util.Arrays.toString(invalid))
                    .isInstanceOf(XmlGuard.Refused.class);
        }
    }

    @Test
    void utf16IsLeftToTheParser() throws IOException {
        byte[] withMark = "\uFEFF<a>\u00E9</a>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bigEndian = "\uFEFF<a>\u00E9</a>".getBytes(StandardCharsets.UTF_16BE);
        byte[] noMark = "<a>\u00E9</a>".getBytes(StandardCharsets.UTF_16BE);

        assertThat(drain(withMark)).isEqualTo(withMark.length);
        assertThat(drain(bigEndian)).isEqualTo(bigEndian.length);
        assertThat(drain(noMark)).isEqualTo(noMark.length);
        assertThat(XmlGuard.isUtf8(new byte[] {'<'})).isTrue();
        assertThat(XmlGuard.isUtf8(new byte[0])).isTrue();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length + 3];
        out[0] = '<';
        out[1] = 'a';
        out[2] = '>';
        for (int i = 0; i < values.length; i++) {
            out[i + 3] = (byte) values[i];
        }
        return out;
    }

    private static void assertRefused(String xml, int line, String message) {
        assertThatThrownBy(() -> drain(xml.getBytes(StandardCharsets.UTF_8))).isInstanceOf(XmlGuard.Refused.class)
                .hasMessage(message).satisfies(e -> assertThat(((XmlGuard.Refused) e).line()).isEqualTo(line));
    }

    private static int drain(byte[] bytes) throws IOException {
        try (InputStream in = XmlGuard.of(new ByteArrayInputStream(bytes))) {
            int total = 0;
            byte[] buffer = new byte[777];
            for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
                total += n;
            }
            return total + (in.read() < 0 ? 0 : 1);
        }
    }
}
