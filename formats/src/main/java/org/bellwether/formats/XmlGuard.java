package org.bellwether.formats;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every XML reader puts between a file and the JDK's parser, which holds a whole token in memory and, for
 * invalid UTF-8, prints a stray {@code [Fatal Error]} line on standard error from its default error handler. The
 * guard sees each byte first and refuses, naming the line and the {@link XmlLimit}:
 * <ul>
 * <li>a run of more than {@link XmlLimit#MARKUP_RUN_BYTES} between two {@code '<'} (a tag with its attribute values,
 * or a text run, neither of which may hold a raw {@code '<'});</li>
 * <li>a comment, processing instruction or CDATA section of more than {@link XmlLimit#SECTION_BYTES} (these may
 * hold {@code '<'}, so the run count alone would not bound them);</li>
 * <li>bytes that are not UTF-8, when the file is UTF-8 (declared so, or declaring nothing, as XML's default).</li>
 * </ul>
 * A byte-order mark is passed on (the parser skips it).
 */
public final class XmlGuard extends FilterInputStream {

    /** Thrown through the parser, which passes unchecked exceptions from its input on unchanged. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        Refused(int line, String problem) {
            super(problem, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }

        /** E.g. {@code line 3} for an {@link InputException}'s location. */
        public String location() {
            return "line " + line;
        }
    }

    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final int HEAD = 512;

    private enum State { TEXT, LT, BANG, DASH1, CDATA, COMMENT, PI, SECTION_CDATA }

    private static final byte[] CDATA_OPEN = "[CDATA[".getBytes(StandardCharsets.US_ASCII);

    private final boolean utf8;
    private State state = State.TEXT;
    private long run;
    private long section;
    private int matched;
    private int line = 1;
    private int continuation;
    private int low = 0x80;
    private int high = 0xBF;

    private XmlGuard(InputStream in, boolean utf8) {
        super(in);
        this.utf8 = utf8;
    }

    /** Guards {@code in}, deciding from its first bytes whether it must be UTF-8. */
    public static XmlGuard of(InputStream in) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        buffered.mark(HEAD);
        byte[] head = buffered.readNBytes(HEAD);
        buffered.reset();
        return new XmlGuard(buffered, isUtf8(head));
    }

    static boolean isUtf8(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF) || head.length >= 1
                && head[0] == 0) {
            return false;
        }
        Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", ""));
        return !m.find() || m.group(1).toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8");
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            see(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        // the parser never skips; refusing keeps every byte it reads under the guard
        return 0;
    }

    private void see(byte b) {
        if (b == '\n') {
            line++;
        }
        if (utf8 && (b < 0 || continuation > 0)) {
            utf8(b & 0xFF);
        }
        switch (state) {
            case TEXT -> text(b);
            case LT -> afterLt(b);
            case BANG -> afterBang(b);
            case DASH1 -> state = b == '-' ? enter(State.COMMENT) : tag(b);
            case CDATA -> cdataOpen(b);
            case COMMENT -> inSection(b, '-', 2);
            case PI -> inSection(b, '?', 1);
            case SECTION_CDATA -> inSection(b, ']', 2);
        }
    }

    private void text(byte b) {
        if (b == '<') {
            run = 0;
            state = State.LT;
        } else if (++run > XmlLimit.MARKUP_RUN_BYTES.limit()) {
            throw new Refused(line, XmlLimit.MARKUP_RUN_BYTES.over());
        }
    }

    private void afterLt(byte b) {
        state = switch (b) {
            case '?' -> enter(State.PI);
            case '!' -> State.BANG;
            default -> tag(b);
        };
    }

    private void afterBang(byte b) {
        if (b == '-') {
            state = State.DASH1;
        } else if (b == '[') {
            matched = 1;
            state = State.CDATA;
        } else {
            state = tag(b);
        }
    }

    private void cdataOpen(byte b) {
        if (b != CDATA_OPEN[matched]) {
            state = tag(b);
        } else if (++matched == CDATA_OPEN.length) {
            state = enter(State.SECTION_CDATA);
        }
    }

    /** A byte of a tag after its start: counted in the run, with those before it, like any byte before the next '<'. */
    private State tag(byte b) {
        run = matchedSoFar();
        state = State.TEXT;
        text(b);
        return state;
    }

    /** The bytes after '<' already seen as a possible comment or CDATA start: they belong to the run too. */
    private long matchedSoFar() {
        return switch (state) {
            case BANG -> 1;
            case DASH1 -> 2;
            case CDATA -> 1 + matched;
            default -> 0;
        };
    }

    private State enter(State section) {
        this.section = 0;
        matched = 0;
        return section;
    }

    /** Inside a comment ({@code -->}), PI ({@code ?>}) or CDATA ({@code ]]>}): counts until the closing mark. */
    private void inSection(byte b, char mark, int marks) {
        if (++section > XmlLimit.SECTION_BYTES.limit()) {
            throw new Refused(line, XmlLimit.SECTION_BYTES.over());
        }
        if (b == '>' && matched >= marks) {
            state = State.TEXT;
            run = 0;
        } else {
            matched = b == mark ? matched + 1 : 0;
        }
    }

    /** One byte of UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). */
    private void utf8(int b) {
        if (continuation > 0) {
            if (b < low || b > high) {
                throw notUtf8();
            }
            continuation--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            continuation = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            continuation = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            continuation = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw notUtf8();
        }
    }

    private Refused notUtf8() {
        return new Refused(line, "bytes that are not UTF-8, in a file that is UTF-8 (declared so, or declaring no"
                + " encoding); save it as UTF-8");
    }
}
