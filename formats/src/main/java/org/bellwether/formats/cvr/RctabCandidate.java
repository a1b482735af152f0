package org.bellwether.formats.cvr;

import java.util.List;
import java.util.Objects;

/**
 * A candidate of an RCTab contest configuration.
 *
 * @param name     the name reports use
 * @param aliases  other names (or codes) the cast-vote records may use for the candidate
 * @param excluded whether the candidate is left out of the count
 */
public record RctabCandidate(String name, List<String> aliases, boolean excluded) {

    public RctabCandidate {
        Objects.requireNonNull(name, "candidate name");
        aliases = List.copyOf(Objects.requireNonNull(aliases, "candidate aliases"));
    }
}
