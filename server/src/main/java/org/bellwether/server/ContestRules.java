package org.bellwether.server;

import java.util.Optional;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.RuleChoice;
import org.bellwether.core.rule.RuleResolver;
import org.bellwether.formats.sidefile.RulebookFile;

/** How each contest's rule is found: by default its own law (its file, else the bundled rulebook). */
@FunctionalInterface
public interface ContestRules {

    RuleChoice choose(Election election, Contest contest);

    /** Each contest's own rule, from its file or the bundled rulebook; assumed plurality, said so, otherwise. */
    static ContestRules ownLaw() {
        RuleResolver resolver = new RuleResolver(RulebookFile.bundled());
        return (e, c) -> resolver.resolve(e, c, Optional.empty());
    }

    /** One rule for every contest, as given (e.g. {@code serve --rule}). */
    static ContestRules given(RuleResolver.Given given) {
        RuleResolver resolver = new RuleResolver(RulebookFile.bundled());
        return (e, c) -> resolver.resolve(e, c, Optional.of(given));
    }

    /** One rule for every contest, given by a program (tests, benchmarks). */
    static ContestRules always(Rule rule) {
        return (e, c) -> RuleChoice.given(rule, "by the server's settings");
    }
}
