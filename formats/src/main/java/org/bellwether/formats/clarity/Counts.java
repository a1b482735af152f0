package org.bellwether.formats.clarity;

import org.bellwether.core.TallyLimits;

/**
 * Strict parsing of the counts a Clarity file holds (votes, registered voters, ballots cast, precincts): ASCII
 * digits only, so no sign, space, decimal point or thousands separator, and at most
 * {@link TallyLimits#MAX_VOTES_PER_TALLY}. The fast path allocates nothing and throws nothing; the reason is
 * worked out only for a value that fails.
 */
final class Counts {

    static final long INVALID = -1;

    private Counts() {
    }

    /** The count, or {@link #INVALID}. */
    static long parse(String text) {
        int length = text.length();
        if (length == 0) {
            return INVALID;
        }
        if (length < 10) {
            return parseShort(text, length);
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return INVALID;
            }
            // stops before the value can overflow: it never exceeds 10 * MAX + 9
            value = value * 10 + (c - '0');
            if (value > TallyLimits.MAX_VOTES_PER_TALLY) {
                return INVALID;
            }
        }
        return value;
    }

    /** Nine digits at most: no overflow check needed, which is most counts of most files. */
    private static long parseShort(String text, int length) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return INVALID;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Why {@link #parse} refused the text, completing a sentence whose subject is the value. */
    static String problem(String text) {
        if (text.matches("[0-9]+")) {
            return "exceeds the limit of " + TallyLimits.MAX_VOTES_PER_TALLY + " (TallyLimits.MAX_VOTES_PER_TALLY)";
        }
        if (text.matches("-[0-9]+")) {
            return "is negative";
        }
        return "is not a whole number";
    }
}
