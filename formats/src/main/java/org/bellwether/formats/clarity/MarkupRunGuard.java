package org.bellwether.formats.clarity;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds the bytes between two {@code '<'} before the XML parser sees them. The parser holds a whole tag (with its
 * attribute values) or a whole text run in memory, and XML allows no {@code '<'} inside either, so this bounds the
 * memory one token can take whatever the file says; without it a single 2 GB attribute value would be read whole.
 * A chunk shorter than the limit can only break it through the run carried into it, so only its ends are scanned:
 * up to its first {@code '<'} and back from its end to its last one.
 */
final class MarkupRunGuard extends FilterInputStream {

    /** Thrown through the parser, which knows the line it was reading; {@link Cursor} names it. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(XmlLimit.MARKUP_RUN_BYTES.over(), null, false, false);
        }
    }

    private final long limit;
    private long run;

    MarkupRunGuard(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            run = b == '<' ? 0 : run + 1;
            check(run);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > limit) {
            for (int i = offset; i < offset + n; i++) {
                run = buffer[i] == '<' ? 0 : run + 1;
                check(run);
            }
        } else if (n > 0) {
            see(buffer, offset, n);
        }
        return n;
    }

    private void see(byte[] buffer, int offset, int n) {
        int first = offset;
        while (first < offset + n && buffer[first] != '<') {
            first++;
        }
        check(run + first - offset);
        if (first == offset + n) {
            run += n;
            return;
        }
        int last = offset + n - 1;
        while (buffer[last] != '<') {
            last--;
        }
        run = offset + n - 1 - last;
    }

    private void check(long bytes) {
        if (bytes > limit) {
            throw new TooLong();
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // the parser never skips; refusing keeps every byte it reads under the count
        return 0;
    }
}
