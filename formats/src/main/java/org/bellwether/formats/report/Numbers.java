package org.bellwether.formats.report;

import java.util.Locale;
import org.bellwether.core.rule.Percentage;

/** How counts and shares are shown to a reader; shares are for display only and never computed on. */
final class Numbers {

    private Numbers() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(long part, long whole) {
        return Percentage.format(part, whole, 2) + "%";
    }
}
