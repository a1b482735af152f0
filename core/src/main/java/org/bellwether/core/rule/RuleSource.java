package org.bellwether.core.rule;

import java.util.Objects;

/**
 * Where a contest's rule came from, in the order they are consulted: what the user gave, what the file declares,
 * the rulebook's entry for the election's jurisdiction, type and office, and only then an assumption. Every
 * output says which of these decided.
 */
public sealed interface RuleSource permits RuleSource.Given, RuleSource.Declared, RuleSource.Rulebook,
        RuleSource.Assumed {

    /** A word for programs: {@code given}, {@code declared}, {@code rulebook} or {@code assumed}. */
    String kind();

    /** The source in a sentence. */
    String describe();

    /** @param how how the user gave it, e.g. {@code --rule georgia} */
    record Given(String how) implements RuleSource {
        public Given {
            Objects.requireNonNull(how, "given rule: how");
        }

        @Override
        public String kind() {
            return "given";
        }

        @Override
        public String describe() {
            return "given: " + how;
        }
    }

    /** @param basis what in the file declares it */
    record Declared(String basis) implements RuleSource {
        public Declared {
            Objects.requireNonNull(basis, "declared rule: basis");
        }

        @Override
        public String kind() {
            return "declared";
        }

        @Override
        public String describe() {
            return "declared by the file: " + basis;
        }
    }

    /**
     * @param rulebook which rulebook, e.g. {@code Bellwether's rulebook}
     * @param entry    the entry that matched, e.g. {@code GA special *}
     * @param statute  the law the entry cites
     * @param caveat   what the entry says about its own certainty, or empty
     */
    record Rulebook(String rulebook, String entry, String statute, String caveat) implements RuleSource {
        public Rulebook {
            Objects.requireNonNull(rulebook, "rulebook name");
            Objects.requireNonNull(entry, "rulebook entry");
            Objects.requireNonNull(statute, "rulebook statute");
            Objects.requireNonNull(caveat, "rulebook caveat (use \"\")");
        }

        @Override
        public String kind() {
            return "rulebook";
        }

        @Override
        public String describe() {
            return rulebook + ", entry " + entry + " (" + statute + ")" + (caveat.isEmpty() ? "" : "; " + caveat);
        }
    }

    /** @param reason why nothing better was known */
    record Assumed(String reason) implements RuleSource {
        public Assumed {
            Objects.requireNonNull(reason, "assumed rule: reason");
        }

        @Override
        public String kind() {
            return "assumed";
        }

        @Override
        public String describe() {
            return "no rule known for this contest (" + reason + "): plurality assumed; give --rule";
        }
    }
}
