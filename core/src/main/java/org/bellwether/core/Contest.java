package org.bellwether.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An office or a question on the ballot and the choices it offers, in the order the source lists them, with
 * what the source says about its rule and about how complete its count is.
 *
 * @param name      the contest's name in the source, e.g. {@code U.S. Representative, District 6}
 * @param voteFor   how many choices a voter may mark (vote-for-N); 1 for most offices
 * @param choices   the choices; a tally refers to one by its index in this list
 * @param declared  the rule the source itself declares, if it does
 * @param reporting units reporting of units expected, as the source states it or as derived from its units
 */
public record Contest(String name, int voteFor, List<Choice> choices, Optional<RuleDeclaration> declared,
        Reporting reporting) {

    public Contest {
        Objects.requireNonNull(name, "contest name");
        choices = List.copyOf(Objects.requireNonNull(choices, "contest choices"));
        Objects.requireNonNull(declared, "contest declared rule (use Optional.empty())");
        Objects.requireNonNull(reporting, "contest reporting (use Reporting.UNKNOWN)");
        if (name.isBlank()) {
            throw new IllegalArgumentException("contest name is blank");
        }
        if (voteFor < 1) {
            throw new IllegalArgumentException("contest '" + name + "': vote-for must be at least 1, was " + voteFor);
        }
    }

    /** A contest whose source declares no rule and says nothing of how complete its count is. */
    public Contest(String name, int voteFor, List<Choice> choices) {
        this(name, voteFor, choices, Optional.empty(), Reporting.UNKNOWN);
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

    public Contest withReporting(Reporting stated) {
        return new Contest(name, voteFor, choices, declared, stated);
    }

    public Contest withDeclared(RuleDeclaration declaration) {
        return new Contest(name, voteFor, choices, Optional.of(declaration), reporting);
    }
}
