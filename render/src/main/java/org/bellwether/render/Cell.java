package org.bellwether.render;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.analysis.Points;
import org.hipparchus.fraction.BigFraction;

/**
 * One cell of an analysis table: the text a person reads (signs, thousands separators) and, for a figure, the
 * plain number a program reads (JSON and CSV write that one). Both come from one exact value rounded once.
 *
 * @param text   what the text report prints
 * @param number the figure, for JSON and CSV; empty for words
 */
public record Cell(String text, Optional<BigDecimal> number) {

    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
    }

    public static Cell text(String text) {
        return new Cell(text, Optional.empty());
    }

    public static Cell count(long votes) {
        return new Cell(String.format(java.util.Locale.ROOT, "%,d", votes), Optional.of(BigDecimal.valueOf(votes)));
    }

    /** Votes that may be fractional (shares of split precincts): one decimal when they are. */
    public static Cell votes(BigFraction votes) {
        if (votes.getDenominator().equals(java.math.BigInteger.ONE)) {
            return count(votes.getNumerator().longValueExact());
        }
        BigDecimal v = Points.votes(votes, 1);
        return new Cell(String.format(java.util.Locale.ROOT, "%,.1f", v), Optional.of(v));
    }

    /** A fraction of 1 as signed points of margin, 2 decimals: {@code +1.49}. */
    public static Cell points(BigFraction fraction) {
        return new Cell(Points.signed(fraction, 2), Optional.of(Points.of(fraction, 2)));
    }

    /** A value already in points (e.g. lean), signed, 2 decimals. */
    public static Cell pointsValue(BigFraction points) {
        return points(points.divide(100));
    }

    /** A fraction of 1 as a percentage, 2 decimals, unsigned: {@code 48.31}. */
    public static Cell percent(BigFraction fraction) {
        BigDecimal v = Points.of(fraction, 2);
        return new Cell(v.toPlainString(), Optional.of(v));
    }

    public static Cell decimal(BigDecimal value) {
        return new Cell(value.toPlainString(), Optional.of(value));
    }

    public static Cell dollars(BigDecimal value) {
        return new Cell(String.format(java.util.Locale.ROOT, "$%,.2f", value), Optional.of(value));
    }

    public static Cell ratio(BigFraction fraction, int decimals) {
        BigDecimal v = fraction.bigDecimalValue(decimals, java.math.RoundingMode.HALF_EVEN);
        return new Cell(v.toPlainString(), Optional.of(v));
    }

    public static Cell empty() {
        return text("");
    }
}
