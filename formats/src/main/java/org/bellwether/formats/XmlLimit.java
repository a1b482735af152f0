package org.bellwether.formats;

/**
 * The limits put on an XML file as it is read, by every XML reader (Clarity, NIST ERR), each named in the error that
 * reports it. The byte limits are kept by {@link XmlGuard} before the parser sees a byte. A Clarity detail.xml nests
 * 6 elements deep ({@code ElectionResult/Contest/Choice/VoteType/Precinct}), has at most 10 attributes on an
 * element, its longest name is a contest text of about 200 characters, and no line is longer than a few hundred
 * bytes. The limits leave ample room above that and keep a hostile file from costing memory or stack: the JDK's
 * parser buffers a whole tag, text run, comment, processing instruction or CDATA section, so those are bounded
 * in bytes.
 */
public enum XmlLimit {
    DEPTH("element nesting depth", 32),
    ATTRIBUTES("attributes on one element", 64),
    NAME_CHARS("characters in a name or text", 1_000),
    MARKUP_RUN_BYTES("bytes between two '<'", 1 << 20),
    /** A comment, processing instruction or CDATA section may hold '&lt;', so it is bounded on its own. */
    SECTION_BYTES("bytes in one comment, processing instruction or CDATA section", 1 << 20);

    private final String what;
    private final int limit;

    XmlLimit(String what, int limit) {
        this.what = what;
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    /** E.g. {@code more than 1048576 bytes between two '<' (XmlLimit.MARKUP_RUN_BYTES)}, when counting stops. */
    public String over() {
        return "more than " + limit + " " + what + " (XmlLimit." + name() + ")";
    }

    /** E.g. {@code element nesting depth 33 exceeds the limit of 32 (XmlLimit.DEPTH)}. */
    public String exceeded(long found) {
        return what + " " + found + " exceeds the limit of " + limit + " (XmlLimit." + name() + ")";
    }
}
