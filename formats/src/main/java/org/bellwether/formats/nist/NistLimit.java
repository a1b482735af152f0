package org.bellwether.formats.nist;

/**
 * The limits put on a NIST ERR file, each named in the error that reports it, so that sizes and counts are never
 * taken from the file on trust. Real files are far below them: Cambridge 2022 nests 9 levels deep, its longest text
 * is under 1,000 characters and its largest ID list has 42 entries; a statewide file has tens of thousands of units.
 */
enum NistLimit {
    NESTING_DEPTH("nesting depth", 64),
    TEXT_LENGTH("text length", 1 << 20),
    NAME_LENGTH("field name length", 1_000),
    NUMBER_LENGTH("number length", 40),
    REFERENCES("IDs in one list", 1 << 24),
    CANDIDATES("candidates", 1 << 20),
    PARTIES("parties", 1 << 16),
    COUNTS_PER_SELECTION("counts of one selection", 1 << 22),
    /** Duplicate detection remembers every name of an open JSON object: this bounds what it holds. */
    MEMBERS("members in one object", 10_000);

    private final String what;
    private final int limit;

    NistLimit(String what, int limit) {
        this.what = what;
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** The problem for a value over the limit, e.g. {@code 70 IDs in one list exceed the limit of ...}. */
    String problem(long value) {
        return what + " " + value + " exceeds the limit of " + limit + " (NistLimit." + name() + ")";
    }

    /** Throws when {@code value} is over the limit. */
    void check(long value, String file, String where) {
        if (value > limit) {
            throw new org.bellwether.formats.InputException(file, where, problem(value));
        }
    }
}
