package org.bellwether.core.rule;

import java.util.Objects;
import java.util.Optional;

/**
 * The rule a contest is counted under, where it came from, and the recount margin the same law sets.
 *
 * @param rule    the rule
 * @param source  who or what decided it
 * @param recount the law's recount margin, when it has one
 */
public record RuleChoice(Rule rule, RuleSource source, Optional<RecountMargin> recount) {

    public RuleChoice {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "rule source");
        Objects.requireNonNull(recount, "recount margin (use Optional.empty())");
    }

    /** A rule given by the caller, with no recount margin. */
    public static RuleChoice given(Rule rule, String how) {
        return new RuleChoice(rule, new RuleSource.Given(how), Optional.empty());
    }

    public boolean assumed() {
        return source instanceof RuleSource.Assumed;
    }
}
