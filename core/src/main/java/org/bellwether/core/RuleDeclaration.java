package org.bellwether.core;

import java.util.Objects;

/**
 * What a results file itself says about how a contest is decided, kept as the rule's written form so that
 * readers need not know the rules (see {@code org.bellwether.core.rule.RuleSpec} for the forms).
 *
 * @param spec  the rule, e.g. {@code plurality}, {@code vote-for=3}, {@code instant-runoff}
 * @param basis what in the file says so, e.g. {@code NIST ERR VoteVariation plurality, NumberElected 1}
 */
public record RuleDeclaration(String spec, String basis) {

    public RuleDeclaration {
        Objects.requireNonNull(spec, "declared rule");
        Objects.requireNonNull(basis, "declared rule basis");
        if (spec.isBlank() || basis.isBlank()) {
            throw new IllegalArgumentException("a declared rule needs a rule and a basis");
        }
    }
}
