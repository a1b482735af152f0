package org.bellwether.analysis.baseline;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A district's result as someone published it, in percent of all votes, to check a computed baseline against.
 *
 * @param source     where the figures come from, e.g. {@code cookIndices.js GA-6 (Trump %, Clinton %)}
 * @param republican the Republican candidate's percentage
 * @param democratic the Democratic candidate's percentage
 */
public record Published(String source, BigDecimal republican, BigDecimal democratic) {

    public Published {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(republican, "Republican percentage");
        Objects.requireNonNull(democratic, "Democratic percentage");
    }

    /** R − D in points, as published (to the published precision). */
    public BigDecimal margin() {
        return republican.subtract(democratic);
    }
}
