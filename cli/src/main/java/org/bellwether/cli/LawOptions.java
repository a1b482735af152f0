package org.bellwether.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Contest;
import org.bellwether.core.CountReporting;
import org.bellwether.core.Election;
import org.bellwether.core.Reporting;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.RuleChoice;
import org.bellwether.core.rule.RuleResolver;
import org.bellwether.core.rule.Rulebook;
import org.bellwether.core.rule.Tabulator;
import org.bellwether.core.rule.TieBreak;
import org.bellwether.formats.InputException;
import org.bellwether.formats.sidefile.RulebookFile;
import picocli.CommandLine.Option;

/** How contests are decided: a rule the user gives, or each contest's own from its file or the rulebook. */
final class LawOptions {

    @Option(names = "--rule", paramLabel = "RULE", converter = RuleOption.Converter.class,
            description = "decide every contest by this rule: " + RuleOption.HELP + ". Default: each contest's own"
                    + " rule, from its file (NIST ERR VoteVariation) or from the rulebook for the election's state,"
                    + " kind and office; plurality is only assumed, and said to be, when neither knows")
    RuleOption rule;

    @Option(names = "--rulebook", paramLabel = "FILE",
            description = "a rulebook CSV of your own instead of the bundled one (state,election,office,rule,"
                    + "statute,source,...; see docs/rulebook.md)")
    Path rulebook;

    @Option(names = "--tie-break", paramLabel = "RULE", defaultValue = "law", converter = TieBreakOption.class,
            description = TieBreakOption.HELP)
    TieBreak tieBreak;

    private RuleResolver resolver;

    RuleResolver resolver() {
        if (resolver == null) {
            Rulebook book = rulebook == null ? RulebookFile.bundled() : RulebookFile.load(rulebook);
            resolver = new RuleResolver(book);
        }
        return resolver;
    }

    /**
     * Counts one contest of an election, whose reporting (from {@link CountReporting#of}) and votes per choice
     * (from {@link Election#choiceTotals()}, one pass for every contest) are given.
     */
    Outcome count(Election election, int contest, List<Reporting> reporting, long[] votes) {
        Contest c = election.contests().get(contest);
        RuleChoice choice = resolver().resolve(election, c, Optional.ofNullable(rule).map(RuleOption::given));
        try {
            return Tabulator.tabulate(c, votes, choice, tieBreak == null ? TieBreak.BY_LAW
                    : tieBreak, reporting.get(contest), election.certification());
        } catch (IllegalArgumentException rankedOnTotals) {
            // the rule (from the rulebook, say) counts ranked ballots, and these files hold only totals
            String file = election.sources().isEmpty() ? "" : election.sources().get(0).path();
            throw new InputException(file, "", rankedOnTotals.getMessage() + " (rule " + choice.source().describe()
                    + "; give --rule to count the totals under another rule)");
        }
    }
}
