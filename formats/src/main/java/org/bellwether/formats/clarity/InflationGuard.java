package org.bellwether.formats.clarity;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The inflated bytes of one zip entry, counted as they come out of the inflater and stopped at the first byte
 * over a limit, never after. The ratio is judged against the compressed bytes really read for the entry, which
 * the zip reader fetches at most a buffer (512 bytes) ahead: an error far below the limit of 100.
 * Closing it leaves the zip open for the next entry.
 */
final class InflationGuard extends FilterInputStream {

    private final CountingStream compressed;
    private final long compressedAtStart;
    private final long inflatedBefore;
    private final ZipLimits limits;
    private final Place place;
    private long inflated;

    InflationGuard(InputStream entry, CountingStream compressed, long inflatedBefore, ZipLimits limits,
            Place place) {
        super(entry);
        this.compressed = compressed;
        this.compressedAtStart = compressed.count();
        this.inflatedBefore = inflatedBefore;
        this.limits = limits;
        this.place = place;
    }

    long inflated() {
        return inflated;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would inflate bytes this guard does not see
        return 0;
    }

    @Override
    public void close() {
        // the zip stream stays open: its next entry is read after this one
    }

    private void count(int n) {
        inflated += n;
        if (inflatedBefore + inflated > limits.maxUncompressedBytes()) {
            throw place.error("inflates to more than " + limits.maxUncompressedBytes() + " bytes (with the entries "
                    + "before it), over the limit (ZipLimits.MAX_UNCOMPRESSED_BYTES)");
        }
        long used = Math.max(1, compressed.count() - compressedAtStart);
        if (inflated > limits.ratioGraceBytes() && inflated > used * limits.maxCompressionRatio()) {
            throw place.error("inflates more than " + limits.maxCompressionRatio() + " times its compressed size, "
                    + "over the limit (ZipLimits.MAX_COMPRESSION_RATIO): refused as a likely zip bomb");
        }
    }
}
