package org.bellwether.core;

import java.util.List;
import java.util.Objects;

/**
 * An office or a question on the ballot and the choices it offers, in the order the source lists them.
 *
 * @param name    the contest's name in the source, e.g. {@code U.S. Representative, District 6}
 * @param voteFor how many choices a voter may mark (vote-for-N); 1 for most offices
 * @param choices the choices; a tally refers to one by its index in this list
 */
public record Contest(String name, int voteFor, List<Choice> choices) {

    public Contest {
        Objects.requireNonNull(name, "contest name");
        choices = List.copyOf(Objects.requireNonNull(choices, "contest choices"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("contest name is blank");
        }
        if (voteFor < 1) {
            throw new IllegalArgumentException("contest '" + name + "': vote-for must be at least 1, was " + voteFor);
        }
    }

    /** The index of the choice with this exact name, or -1. */
    public int indexOf(String choiceName) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).name().equals(choiceName)) {
                return i;
            }
        }
        return -1;
    }
}
