package org.bellwether.core.rule;

/**
 * Plurality, or vote-for-N: the {@code seats} choices with the most votes are elected, however few votes that is.
 *
 * @param seats how many are elected, at least 1
 */
public record Plurality(int seats) implements Rule {

    public Plurality {
        if (seats < 1) {
            throw new IllegalArgumentException("plurality: seats must be at least 1, was " + seats);
        }
    }

    @Override
    public String describe() {
        return seats == 1
                ? "plurality: the choice with the most votes is elected"
                : "plurality: the " + seats + " choices with the most votes are elected";
    }
}
