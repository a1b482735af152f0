package org.bellwether.core;

import java.util.Objects;

/**
 * How much of a contest's count is in: units reporting of units expected, and how that is known. An outcome
 * never claims more than this allows: only a complete count elects.
 *
 * @param completeness  partial, complete or unknown
 * @param unitsReporting units that have reported, or -1 when not known
 * @param unitsExpected  units taking part, or -1 when not known
 * @param unitNoun       what a unit is, plural, e.g. {@code precincts}
 * @param basis          how this is known, e.g. {@code the file's precinctsReported of precinctsParticipating}
 */
public record Reporting(Completeness completeness, long unitsReporting, long unitsExpected, String unitNoun,
        String basis) {

    /** Nothing is known of how complete the count is. */
    public static final Reporting UNKNOWN = new Reporting(Completeness.UNKNOWN, -1, -1, "units",
            "the source does not say how complete the count is");

    /** Whether every unit is in. */
    public enum Completeness { PARTIAL, COMPLETE, UNKNOWN }

    public Reporting {
        Objects.requireNonNull(completeness, "reporting completeness");
        Objects.requireNonNull(unitNoun, "reporting unit noun");
        Objects.requireNonNull(basis, "reporting basis");
        if (unitsReporting < -1 || unitsExpected < -1
                || unitsExpected >= 0 && unitsReporting > unitsExpected && completeness != Completeness.UNKNOWN) {
            throw new IllegalArgumentException("reporting: " + unitsReporting + " of " + unitsExpected + " "
                    + unitNoun + " is not a count of units");
        }
    }

    /**
     * What a source states: {@code reporting} of {@code expected} units. More units reporting than expected is
     * a contradiction in the source, so it leaves the count's completeness unknown rather than complete.
     */
    public static Reporting of(long reporting, long expected, String unitNoun, String basis) {
        if (reporting < 0 || expected <= 0 || reporting > expected) {
            return new Reporting(Completeness.UNKNOWN, reporting < 0 ? -1 : reporting, expected < 0 ? -1 : expected,
                    unitNoun, basis + (reporting > expected && expected >= 0 ? " (more reporting than expected)" : ""));
        }
        return new Reporting(reporting == expected ? Completeness.COMPLETE : Completeness.PARTIAL, reporting, expected,
                unitNoun, basis);
    }

    /** A completeness the source states without unit counts (e.g. NIST ERR's {@code unofficial-partial}). */
    public static Reporting stated(Completeness completeness, String basis) {
        return new Reporting(completeness, -1, -1, "units", basis);
    }

    public boolean complete() {
        return completeness == Completeness.COMPLETE;
    }

    /** Whether unit counts are known. */
    public boolean counted() {
        return unitsReporting >= 0 && unitsExpected >= 0;
    }

    /** E.g. {@code 3 of 50 precincts reporting}, or what is known. */
    public String describe() {
        String units = counted() ? unitsReporting + " of " + unitsExpected + " " + unitNoun + " reporting" : "";
        return switch (completeness) {
            case COMPLETE -> units.isEmpty() ? "complete (" + basis + ")" : units + ", complete (" + basis + ")";
            case PARTIAL -> units.isEmpty() ? "partial (" + basis + ")" : units + " (" + basis + ")";
            case UNKNOWN -> units.isEmpty() ? "completeness unknown: " + basis
                    : units + "; completeness unknown: " + basis;
        };
    }
}
