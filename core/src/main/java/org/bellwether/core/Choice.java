package org.bellwether.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A candidate or an option on a contest. Write-ins are choices too.
 *
 * @param name   the name as the official source spells it (after any declared alias merge)
 * @param party  the party label when a source or a side file gives one
 * @param writeIn whether this choice stands for write-in votes
 */
public record Choice(String name, Optional<String> party, boolean writeIn) {

    public Choice {
        Objects.requireNonNull(name, "choice name");
        Objects.requireNonNull(party, "choice party (use Optional.empty())");
        if (name.isBlank()) {
            throw new IllegalArgumentException("choice name is blank");
        }
    }

    public static Choice named(String name) {
        return new Choice(name, Optional.empty(), false);
    }

    public Choice withParty(String label) {
        return new Choice(name, Optional.of(label), writeIn);
    }

    /** The name with the party in parentheses when known, as a reader would print it. */
    public String label() {
        return party.map(p -> name + " (" + p + ")").orElse(name);
    }
}
