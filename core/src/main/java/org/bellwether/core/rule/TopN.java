package org.bellwether.core.rule;

/**
 * A top-two or top-four primary: the {@code advance} choices with the most votes go on to the general
 * election. Nobody is elected by this count.
 *
 * @param advance how many advance, at least 1
 */
public record TopN(int advance) implements Rule {

    public TopN {
        if (advance < 1) {
            throw new IllegalArgumentException("top-N: advance must be at least 1, was " + advance);
        }
    }

    @Override
    public String describe() {
        return "top " + advance + ": the " + (advance == 1 ? "choice" : advance + " choices")
                + " with the most votes " + (advance == 1 ? "advances" : "advance")
                + " to the general election; nobody is elected";
    }
}
