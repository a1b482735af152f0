package org.bellwether.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes a writer produces, handed on as characters to the command's output (picocli's is a
 * {@link PrintWriter}), decoded as they come so that a large conversion to standard output is never held whole.
 */
final class Utf8Chars extends OutputStream {

    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    Utf8Chars(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; ) {
            int n = Math.min(bytes.remaining(), off + len - i);
            bytes.put(b, i, n);
            i += n;
            drain();
        }
    }

    /** Decodes what is buffered; an incomplete sequence at the end waits for the next bytes. */
    private void drain() {
        bytes.flip();
        decoder.decode(bytes, chars, false);
        chars.flip();
        out.append(chars);
        chars.clear();
        bytes.compact();
    }

    @Override
    public void flush() {
        out.flush();
    }
}
