package org.bellwether.core.ranked;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One candidate elected or eliminated in a round, why, and where its votes went next.
 *
 * @param choice    the candidate, a choice index of the contest
 * @param elected   true when elected, false when eliminated
 * @param reason    why, in words with the figures
 * @param tieBreak  how a tie was broken to reach this decision, if there was one
 * @param transfers where its votes went in the next round, in the order of the contest's choices then the sinks
 */
public record Decision(int choice, boolean elected, String reason, Optional<String> tieBreak,
        List<Transfer> transfers) {

    public Decision {
        Objects.requireNonNull(reason, "decision reason");
        Objects.requireNonNull(tieBreak, "decision tie-break");
        transfers = List.copyOf(Objects.requireNonNull(transfers, "decision transfers"));
    }
}
