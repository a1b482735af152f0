package org.bellwether.cli;

import java.util.List;
import java.util.Locale;
import org.bellwether.core.Contest;
import org.bellwether.core.rule.RuleResolver;
import org.bellwether.core.rule.RuleSpec;
import picocli.CommandLine;

/**
 * The {@code --rule} option: a rule in its written form ({@link RuleSpec#FORMS}). Given, it decides every contest
 * counted and outputs say it was given; left out, each contest's rule comes from its file or the rulebook.
 */
record RuleOption(String spec) {

    static final String HELP = RuleSpec.FORMS;

    RuleResolver.Given given() {
        return new RuleResolver.Given(spec, "--rule " + spec);
    }

    /** Converts and validates the option when it is parsed, so a typo is a usage error (exit 1). */
    static final class Converter implements CommandLine.ITypeConverter<RuleOption> {
        @Override
        public RuleOption convert(String value) {
            RuleOption option = new RuleOption(value.strip().toLowerCase(Locale.ROOT));
            try {
                // plain stv takes its seats from the contest (or, for cast-vote records, --seats): check it as for two
                int seats = option.spec().equals("stv") ? 2 : 1;
                RuleSpec.parse(option.spec(), new Contest("check", seats, List.of()), "check");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            return option;
        }
    }
}
