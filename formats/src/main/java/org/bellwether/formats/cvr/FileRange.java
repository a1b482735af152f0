package org.bellwether.formats.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The bytes {@code [from, to)} of a file, read by position so that two halves share no stream. */
final class FileRange extends InputStream {
    private final FileChannel channel;
    private long at;
    private final long end;

    FileRange(FileChannel channel, long from, long to) {
        this.channel = channel;
        this.at = from;
        this.end = to;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (at >= end) {
            return -1;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - at)), at);
        if (n > 0) {
            at += n;
        }
        return n;
    }
}
