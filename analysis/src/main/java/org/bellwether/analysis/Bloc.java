package org.bellwether.analysis;

/**
 * The side a candidate's votes count for when margins are measured: Republican, Democratic, or anyone else
 * (independents, Libertarians, Greens, write-ins). Every margin in this module is Republican minus Democratic,
 * so a positive number favours Republicans and a negative one Democrats.
 */
public enum Bloc {
    REPUBLICAN("R"), DEMOCRATIC("D"), OTHER("other");

    private final String label;

    Bloc(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
