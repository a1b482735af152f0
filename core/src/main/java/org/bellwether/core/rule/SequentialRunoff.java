package org.bellwether.core.rule;

import java.util.Objects;

/**
 * Sequential (multi-pass) instant runoff for several seats, counted from ranked ballots (cast-vote records): an
 * instant runoff elects the first seat; its winner is then left out and the count runs again from the first round
 * for the next seat, and so on (RCTab: {@code multiPassIrv}).
 *
 * @param seats how many are elected, at least 2
 * @param pass  the instant runoff each pass runs
 */
public record SequentialRunoff(int seats, InstantRunoff pass) implements Rule {

    public SequentialRunoff {
        Objects.requireNonNull(pass, "sequential runoff: pass");
        if (seats < 2) {
            throw new IllegalArgumentException("sequential runoff: seats must be at least 2, was " + seats);
        }
    }

    /** {@code seats} passes of {@link InstantRunoff#standard()}. */
    public static SequentialRunoff of(int seats) {
        return new SequentialRunoff(seats, InstantRunoff.standard());
    }

    @Override
    public String describe() {
        return "sequential instant runoff for " + seats + " seats: one instant runoff per seat, earlier winners left"
                + " out (each pass: " + pass.describe() + ")";
    }
}
