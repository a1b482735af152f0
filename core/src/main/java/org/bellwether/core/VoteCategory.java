package org.bellwether.core;

/**
 * The standard kinds of vote that sources break results into. {@link #ALL} means the source gives no
 * breakdown: the count covers every kind of vote.
 */
public enum VoteCategory {
    ALL("All votes"),
    ELECTION_DAY("Election day"),
    ADVANCE_IN_PERSON("Advance in person"),
    ABSENTEE_BY_MAIL("Absentee by mail"),
    PROVISIONAL("Provisional"),
    OTHER("Other");

    private final String label;

    VoteCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
