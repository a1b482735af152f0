package org.bellwether.formats;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about choices that a source leaves out, such as the party of each candidate in Georgia's April 2017
 * export, keyed by the choice's name as the source spells it (case-insensitive).
 *
 * @param byName upper-cased choice name to its facts
 */
public record ChoiceMetadata(Map<String, ChoiceFacts> byName) {

    public static final ChoiceMetadata NONE = new ChoiceMetadata(Map.of());

    public ChoiceMetadata {
        byName = Map.copyOf(Objects.requireNonNull(byName, "choice metadata"));
    }

    public Optional<ChoiceFacts> of(String choiceName) {
        return Optional.ofNullable(byName.get(choiceName.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * @param party   party label, e.g. {@code R}, {@code D}, {@code I}
     * @param writeIn whether the choice is a write-in
     */
    public record ChoiceFacts(Optional<String> party, boolean writeIn) {
        public ChoiceFacts {
            Objects.requireNonNull(party, "party (use Optional.empty())");
        }
    }
}
