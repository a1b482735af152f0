package org.bellwether.formats.cvr;

/**
 * The limits every cast-vote-record read enforces, each named in the error that hits it. Nothing a file says
 * about its own size or counts is trusted: sizes are counted as the bytes come.
 */
final class CvrLimits {

    /** The most entries in an xlsx workbook (a real ES&amp;S export has about ten). */
    static final int MAX_ZIP_ENTRIES = 10_000;
    /** The most bytes one xlsx part may inflate to. */
    static final long MAX_PART_BYTES = 4L << 30;
    /** The most a part may inflate per compressed byte, after its first MiB (sheets inflate 10 to 40 times). */
    static final int MAX_COMPRESSION_RATIO = 400;
    static final long RATIO_GRACE_BYTES = 1L << 20;
    /** The most shared strings an xlsx may declare (candidate and precinct names, a few thousand in practice). */
    static final int MAX_SHARED_STRINGS = 1 << 22;
    /** The most characters in one cell or one shared string. */
    static final int MAX_CELL_CHARS = 1 << 16;
    /** The most columns a ballot row may have. */
    static final int MAX_COLUMNS = 1 << 14;
    /** The most rows (ballots) a sheet or CSV may have. */
    static final long MAX_ROWS = 1L << 31;
    /** XML nesting depth in an xlsx part. */
    static final int MAX_XML_DEPTH = 32;
    /** The most bytes of an RCTab contest configuration. */
    static final long MAX_CONFIG_BYTES = 4L << 20;
    /** The most elements in one record of an XML cast-vote-record file (one CVR, one Election, one Hart file). */
    static final int MAX_RECORD_ELEMENTS = 1 << 20;
    /** XML nesting depth in a cast-vote-record file (NIST CDF nests about eight deep, Hart five). */
    static final int MAX_RECORD_DEPTH = 32;
    /** The most files in a folder of Hart cast-vote records. */
    static final int MAX_FILES = 1 << 24;
    /** The most ranks a ballot may have. */
    static final int MAX_RANKS = 1000;

    private CvrLimits() {
    }
}
