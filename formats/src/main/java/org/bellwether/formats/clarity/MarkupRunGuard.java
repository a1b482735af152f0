package org.bellwether.formats.clarity;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds the bytes between two {@code '<'} before the XML parser sees them. The parser holds a whole tag (with its
 * attribute values) or a whole text run in memory, and XML allows no {@code '<'} inside either, so this bounds the
 * memory one token can take whatever the file says; without it a single 2 GB attribute value would be read whole.
 * It counts lines too, because it runs ahead of the parser and must say where it stopped.
 */
final class MarkupRunGuard extends FilterInputStream {

    private final Place place;
    private final long limit;
    private long run;
    private int line = 1;

    MarkupRunGuard(InputStream in, Place place, long limit) {
        super(in);
        this.place = place;
        this.limit = limit;
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

    private void see(byte b) {
        if (b == '<') {
            run = 0;
        } else if (++run > limit) {
            throw place.error(line, XmlLimit.MARKUP_RUN_BYTES.over());
        } else if (b == '\n') {
            line++;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // the parser never skips; refusing keeps every byte it reads under the count
        return 0;
    }
}
