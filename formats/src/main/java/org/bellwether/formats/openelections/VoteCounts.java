package org.bellwether.formats.openelections;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.bellwether.core.TallyLimits;
import org.bellwether.formats.InputException;

/**
 * Parses vote counts. The hot path reads plain digits without exceptions or allocation; anything else takes the
 * slow path, which either accepts it with a note or names the problem. One form besides digits is accepted:
 * exponent notation for an exact whole number ({@code 1e3}), because Montana's 2017 precinct file writes Rob Quist's
 * 1,000 votes in Gallatin PCT 66A that way and the file only adds up to the certified 169,214 when it is read as
 * 1000. It is never silent: every such cell is reported in the notes.
 */
final class VoteCounts {

    /** Digits beyond this could overflow a long; such a count is over the limit anyway. */
    static final int MAX_DIGITS = 18;
    private static final Pattern EXPONENT = Pattern.compile("[0-9]+(\\.[0-9]+)?[eE]\\+?[0-9]{1,2}");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");

    private final ReadContext context;

    VoteCounts(ReadContext context) {
        this.context = context;
    }

    /**
     * The count in {@code text}.
     *
     * @param what the column as a message names it: {@code votes}, {@code election_day votes}
     */
    long parse(String text, String what, long line) {
        long value = digits(text);
        if (value < 0) {
            value = slow(text, what, line);
        }
        if (value > TallyLimits.MAX_VOTES_PER_TALLY) {
            throw context.error(line, what + " " + text.strip() + " are over the limit of "
                    + TallyLimits.MAX_VOTES_PER_TALLY + " (TallyLimits.MAX_VOTES_PER_TALLY)");
        }
        return value;
    }

    /** The count in a field of the record: plain digits straight from its chars, anything else as {@link #parse}. */
    long parse(CsvFields fields, int field, String what, long line) {
        long value = fields.digits(field);
        if (value >= 0 && value <= TallyLimits.MAX_VOTES_PER_TALLY) {
            return value;
        }
        return parse(fields.get(field), what, line);
    }

    /** The value of a string of ASCII digits, or -1 when it is anything else. */
    static long digits(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private long slow(String text, String what, long line) {
        String clean = text.strip();
        long value = digits(clean);
        if (value >= 0) {
            return value;
        }
        if (clean.isEmpty()) {
            throw context.error(line, what + " are blank");
        }
        if (NEGATIVE.matcher(clean).matches()) {
            throw context.error(line, what + " " + InputException.echo(clean) + " are negative");
        }
        if (clean.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.MAX_VALUE;
        }
        if (EXPONENT.matcher(clean).matches()) {
            return exponent(clean, what, line);
        }
        throw context.error(line, what + " " + InputException.echo(clean) + " are not a whole number");
    }

    private long exponent(String clean, String what, long line) {
        BigDecimal exact = new BigDecimal(clean);
        if (exact.stripTrailingZeros().scale() > 0) {
            throw context.error(line, what + " " + InputException.echo(clean) + " are not a whole number");
        }
        if (exact.compareTo(BigDecimal.valueOf(TallyLimits.MAX_VOTES_PER_TALLY)) > 0) {
            return Long.MAX_VALUE;
        }
        long value = exact.longValueExact();
        context.notes().exponent(line, what, clean, value);
        return value;
    }
}
