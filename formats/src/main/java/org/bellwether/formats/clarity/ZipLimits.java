package org.bellwether.formats.clarity;

/**
 * The limits put on a detail.zip, each named in the error that reports it. Clarity's {@code detailxml.zip} holds
 * one entry, {@code detail.xml}; real ones inflate 9 to 18 times (XML of repeated tags), and a statewide precinct
 * file is a few hundred megabytes. A zip bomb inflates about 1,000 times per layer. Nothing the zip declares
 * about its sizes is trusted: bytes are counted as they are inflated.
 *
 * @param maxEntries           entries read before the zip is refused
 * @param maxUncompressedBytes bytes inflated, over all entries, before the zip is refused
 * @param maxCompressionRatio  inflated bytes per compressed byte of one entry before it is refused
 * @param ratioGraceBytes      inflated bytes of an entry before its ratio is judged, since a small entry of
 *                             blanks compresses far but costs nothing
 */
record ZipLimits(int maxEntries, long maxUncompressedBytes, int maxCompressionRatio, long ratioGraceBytes) {

    static final int MAX_ENTRIES = 16;
    static final long MAX_UNCOMPRESSED_BYTES = 2L << 30;
    static final int MAX_COMPRESSION_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 1L << 20;

    static final ZipLimits DEFAULT = new ZipLimits(MAX_ENTRIES, MAX_UNCOMPRESSED_BYTES, MAX_COMPRESSION_RATIO,
            RATIO_GRACE_BYTES);

    ZipLimits {
        if (maxEntries < 1 || maxUncompressedBytes < 1 || maxCompressionRatio < 1 || ratioGraceBytes < 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
