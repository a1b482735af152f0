package org.bellwether.core.rule;

import java.util.Optional;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;

/**
 * Decides which rule counts a contest, in the order the law's users expect: what the user gave (on the command
 * line or in a side file), what the file declares, the rulebook's entry for the election's state, kind and
 * office, and only then plurality, as an assumption that every output prints and that never decides.
 *
 * @param rulebook the law as data
 */
public record RuleResolver(Rulebook rulebook) {

    /**
     * @param given what the user gave: the written rule and how it was given (e.g. {@code --rule georgia}), or
     *              empty
     * @throws IllegalArgumentException when a written rule is not one of {@link RuleSpec#FORMS}
     */
    public RuleChoice resolve(Election election, Contest contest, Optional<Given> given) {
        Office office = Office.of(contest);
        Optional<RulebookEntry> law = election.state().flatMap(s -> rulebook.lookup(s, election.type(), office))
                .filter(e -> office != Office.QUESTION || e.office().isPresent());
        Optional<RecountMargin> recount = law.flatMap(RulebookEntry::recount);
        if (given.isPresent()) {
            Given g = given.get();
            return new RuleChoice(RuleSpec.parse(g.spec(), contest, "given with " + g.how()),
                    new RuleSource.Given(g.how()), recount);
        }
        if (contest.declared().isPresent()) {
            var d = contest.declared().get();
            return new RuleChoice(RuleSpec.parse(d.spec(), contest, d.basis()), new RuleSource.Declared(d.basis()),
                    recount);
        }
        if (law.isPresent()) {
            RulebookEntry e = law.get();
            return new RuleChoice(RuleSpec.parse(e.rule(), contest, e.statute()),
                    new RuleSource.Rulebook(rulebook.name(), e.key(), e.statute(), e.caveat()), recount);
        }
        return new RuleChoice(new Plurality(contest.voteFor()), new RuleSource.Assumed(why(election, contest)),
                Optional.empty());
    }

    private String why(Election election, Contest contest) {
        Office office = Office.of(contest);
        if (office == Office.QUESTION) {
            return "a ballot question: the rulebook's entries for offices do not say what carries a question";
        }
        if (election.state().isEmpty()) {
            return "the files name no state; give --state";
        }
        return "no entry in " + rulebook.name() + " for " + election.state().get() + " "
                + election.type().name().toLowerCase(java.util.Locale.ROOT) + " " + office.code();
    }

    /**
     * A rule the user gave.
     *
     * @param spec the written rule
     * @param how  how it was given, e.g. {@code --rule georgia}
     */
    public record Given(String spec, String how) {
    }
}
