package org.bellwether.formats.openelections;

import java.util.Objects;

/**
 * A total read from the file, waiting for the end of the file to be compared with the sum of its parts.
 *
 * @param kind  what it totals
 * @param key   the {@link SumKeys} key of the sum it must equal
 * @param value the total the file gives
 * @param line  its line, for the message
 * @param what  what it totals in words, for the message: {@code Cobb TOTAL, U.S. House, District 6, Karen
 *              Handel (all)}
 */
record PendingTotal(TotalKind kind, long key, long value, long line, String what) {

    PendingTotal {
        Objects.requireNonNull(kind, "total kind");
        Objects.requireNonNull(what, "total description");
    }
}
