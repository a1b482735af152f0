package org.bellwether.bench;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Counts the characters written through it: the bytes of an ASCII file. */
final class CountingWriter extends FilterWriter {

    private long count;

    CountingWriter(Writer out) {
        super(out);
    }

    long count() {
        return count;
    }

    @Override
    public void write(int c) throws IOException {
        super.write(c);
        count++;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        super.write(chars, offset, length);
        count += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        super.write(text, offset, length);
        count += length;
    }
}
