package org.bellwether.core;

import java.util.Objects;

/**
 * A way of voting as a source names it, with the standard category it belongs to. Sources split more finely
 * than the categories (Georgia 2016 reports three advance-in-person periods), so the label is kept.
 *
 * @param label    the source's name, e.g. {@code advance_in_person_2} or {@code Absentee by Mail}
 * @param category the standard category
 */
public record VoteType(String label, VoteCategory category) {

    /** Every kind of vote together: the source gives no breakdown. */
    public static final VoteType ALL = new VoteType("all", VoteCategory.ALL);

    public VoteType {
        Objects.requireNonNull(label, "vote type label");
        Objects.requireNonNull(category, "vote type category");
    }
}
