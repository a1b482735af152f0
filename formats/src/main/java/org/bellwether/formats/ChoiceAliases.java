package org.bellwether.formats;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Spelling variants of a choice's name merged into one spelling. Merges happen only through this explicit list
 * and every merge that took place is reported in the election's notes.
 *
 * @param canonicalByVariant variant spelling to canonical spelling, matched exactly
 */
public record ChoiceAliases(Map<String, String> canonicalByVariant) {

    public static final ChoiceAliases NONE = new ChoiceAliases(Map.of());

    public ChoiceAliases {
        canonicalByVariant = Map.copyOf(Objects.requireNonNull(canonicalByVariant, "aliases"));
    }

    public Optional<String> canonical(String variant) {
        return Optional.ofNullable(canonicalByVariant.get(variant));
    }
}
