package org.bellwether.core;

/** Counts about a reporting unit that are not votes for a choice. */
public enum StatisticKind {
    REGISTERED_VOTERS("Registered voters"),
    BALLOTS_CAST("Ballots cast"),
    OVERVOTES("Overvotes"),
    UNDERVOTES("Undervotes");

    private final String label;

    StatisticKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
