package org.bellwether.core.rule;

import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.ElectionType;

/**
 * One line of the law as data: in this state, for this kind of election and level of office, contests are
 * decided by this rule.
 *
 * @param state    the state's USPS code, e.g. {@code GA}
 * @param election the kind of election, or empty for every kind
 * @param office   the level of office, or empty for every office
 * @param rule     the rule in its written form ({@link RuleSpec})
 * @param recount  the recount margin the law sets, with its own statute, when it sets one
 * @param statute  the law, e.g. {@code O.C.G.A. § 21-2-501}
 * @param source   where the law can be read (a public address)
 * @param caveat   what is not confirmed about this entry, or empty when it is confirmed from the source
 * @param line     the entry's line in its rulebook file, for messages
 */
public record RulebookEntry(String state, Optional<ElectionType> election, Optional<Office> office, String rule,
        Optional<RecountMargin> recount, String statute, String source, String caveat, int line) {

    public RulebookEntry {
        Objects.requireNonNull(state, "rulebook entry: state");
        Objects.requireNonNull(election, "rulebook entry: election (use Optional.empty() for every kind)");
        Objects.requireNonNull(office, "rulebook entry: office (use Optional.empty() for every office)");
        Objects.requireNonNull(rule, "rulebook entry: rule");
        Objects.requireNonNull(recount, "rulebook entry: recount");
        Objects.requireNonNull(statute, "rulebook entry: statute");
        Objects.requireNonNull(source, "rulebook entry: source");
        Objects.requireNonNull(caveat, "rulebook entry: caveat (use \"\")");
        if (statute.isBlank()) {
            throw new IllegalArgumentException("rulebook entry at line " + line + ": every entry cites its statute");
        }
    }

    /** Whether the entry covers this state, kind of election and office. */
    boolean covers(String postalCode, ElectionType type, Office level) {
        return state.equals(postalCode) && election.map(e -> e == type).orElse(true)
                && office.map(o -> o == level).orElse(true);
    }

    /** More specific entries win: a named kind of election outranks a named office, and both outrank neither. */
    int specificity() {
        return (election.isPresent() ? 2 : 0) + (office.isPresent() ? 1 : 0);
    }

    /** E.g. {@code GA special us-house}, with {@code *} for every kind or office. */
    public String key() {
        return state + " " + election.map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).orElse("*") + " "
                + office.map(Office::code).orElse("*");
    }
}
