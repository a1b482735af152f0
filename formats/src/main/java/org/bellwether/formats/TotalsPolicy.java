package org.bellwether.formats;

/**
 * What to do when a file's own total (a TOTAL pseudo-precinct, a blank-precinct county row, a state-level
 * figure) disagrees with the sum of its parts. Totals are never added to the parts in either case.
 */
public sealed interface TotalsPolicy {

    /** A disagreement is bad input: the read fails naming both numbers. The default. */
    record Reject() implements TotalsPolicy {
    }

    /** A disagreement is written into the election's notes with both numbers; the parts are kept. */
    record Report() implements TotalsPolicy {
    }

    TotalsPolicy REJECT = new Reject();
    TotalsPolicy REPORT = new Report();
}
