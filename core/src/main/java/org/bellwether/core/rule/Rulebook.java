package org.bellwether.core.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.ElectionType;

/**
 * The law as data: which rule decides a contest, by state, kind of election and level of office. Consulted when
 * neither the user nor the file names a contest's rule.
 *
 * @param name    what to call it in outputs, e.g. {@code Bellwether's rulebook (rulebook.csv)}
 * @param entries its entries, in file order
 */
public record Rulebook(String name, List<RulebookEntry> entries) {

    public Rulebook {
        Objects.requireNonNull(name, "rulebook name");
        entries = List.copyOf(entries);
    }

    /**
     * The most specific entry that covers the contest. Two entries equally specific for the same case are a
     * contradiction in the rulebook, which its reader refuses; here the first wins.
     */
    public Optional<RulebookEntry> lookup(String state, ElectionType type, Office office) {
        return entries.stream().filter(e -> e.covers(state, type, office))
                .max(Comparator.comparingInt(RulebookEntry::specificity)
                        .thenComparing(Comparator.comparingInt(RulebookEntry::line).reversed()));
    }
}
