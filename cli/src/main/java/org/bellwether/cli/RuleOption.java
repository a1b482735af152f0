package org.bellwether.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.Contest;
import org.bellwether.core.rule.MajorityRunoff;
import org.bellwether.core.rule.Plurality;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.Share;
import org.bellwether.core.rule.TopN;
import picocli.CommandLine;

/**
 * The {@code --rule} option. Without a number, plurality elects as many as the contest's vote-for; every other
 * spelling names its rule completely, so a report always says exactly which rule decided.
 */
record RuleOption(String spec) {

    static final String HELP = "plurality (vote-for-N from the contest), vote-for=N, majority[=N/D][,advance=K],"
            + " georgia (majority else top-two runoff, O.C.G.A. 21-2-501), top-two, top-four, top=N";
    private static final Pattern MAJORITY = Pattern.compile("majority(?:=(\\d+)/(\\d+))?(?:,advance=(\\d+))?");

    Rule forContest(Contest contest) {
        Matcher m = MAJORITY.matcher(spec);
        if (m.matches()) {
            Share share = m.group(1) == null ? new Share(1, 2)
                    : new Share(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            int advance = m.group(3) == null ? 2 : Integer.parseInt(m.group(3));
            return new MajorityRunoff(share, advance, "majority of the votes cast");
        }
        return switch (spec) {
            case "plurality" -> new Plurality(contest.voteFor());
            case "georgia" -> MajorityRunoff.georgia();
            case "top-two" -> new TopN(2);
            case "top-four" -> new TopN(4);
            default -> numbered();
        };
    }

    private Rule numbered() {
        if (spec.matches("vote-for=\\d{1,4}")) {
            return new Plurality(Integer.parseInt(spec.substring("vote-for=".length())));
        }
        if (spec.matches("top=\\d{1,4}")) {
            return new TopN(Integer.parseInt(spec.substring("top=".length())));
        }
        throw new IllegalArgumentException("unknown rule '" + spec + "'; rules: " + HELP);
    }

    /** Converts and validates the option when it is parsed, so a typo is a usage error (exit 1). */
    static final class Converter implements CommandLine.ITypeConverter<RuleOption> {
        @Override
        public RuleOption convert(String value) {
            RuleOption option = new RuleOption(value.strip().toLowerCase(java.util.Locale.ROOT));
            try {
                option.forContest(new Contest("check", 1, java.util.List.of()));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            return option;
        }
    }
}
