package org.bellwether.formats.nist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.bellwether.core.TallyLimits;
import org.bellwether.formats.InputException;

/**
 * Strict parsing of the scalar values of a NIST ERR file. The schema types counts as {@code xsd:double} or
 * {@code xsd:float}, but a vote is indivisible: a count must be a whole number written as digits, not {@code 12.0}
 * nor {@code 1.2E1}, from 0 to {@link TallyLimits#MAX_VOTES_PER_TALLY}.
 */
final class NistValues {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");

    private NistValues() {
    }

    static long count(String text, String what, String file, String where) {
        String value = text.strip();
        if (NEGATIVE.matcher(value).matches()) {
            throw new InputException(file, where, what + " " + value + " is negative");
        }
        if (!DIGITS.matcher(value).matches()) {
            throw new InputException(file, where, what + " " + InputException.echo(value) + " is not a whole number");
        }
        String digits = value.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 10 || Long.parseLong(digits) > TallyLimits.MAX_VOTES_PER_TALLY) {
            throw new InputException(file, where, what + " " + InputException.echo(digits) + " is over the limit of "
                    + TallyLimits.MAX_VOTES_PER_TALLY + " (TallyLimits.MAX_VOTES_PER_TALLY)");
        }
        return Long.parseLong(digits);
    }

    /** {@code xsd:boolean}: {@code true}, {@code false}, {@code 1} or {@code 0}. */
    static boolean bool(String text, String what, String file, String where) {
        return switch (text.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InputException(file, where, what + " " + InputException.echo(text)
                    + " is not a boolean (true, false, 1 or 0)");
        };
    }

    static LocalDate date(String text, String what, String file, String where) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(file, where, what + " " + InputException.echo(text) + " is not a date (YYYY-MM-DD)",
                    e);
        }
    }

    /**
     * An object ID or reference as the schema compares it: {@code xsd:ID} collapses whitespace, so Cambridge's
     * {@code ObjectId="prec-1-1 "} is the {@code prec-1-1} its counts refer to. JSON IDs are treated alike so that
     * both encodings of a file read the same.
     */
    static String id(String text) {
        return text.strip();
    }
}
