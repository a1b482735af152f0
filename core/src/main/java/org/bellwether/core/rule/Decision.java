package org.bellwether.core.rule;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a rule asks of the count once its threshold, if any, is applied: fill {@code places} from the top, and
 * what to call those who make it. Every rule here reduces to one cut line.
 *
 * @param places      how many places are filled from the top
 * @param placeNoun   what one place is called, e.g. {@code seat}
 * @param winning     the status of those in
 * @param verdict     what the count decides when complete and no tie is pending
 * @param verbOne     the verb phrase for one choice in, e.g. {@code is elected}
 * @param verbMany    the verb phrase for several
 * @param preface     the threshold clause that opens the explanation, or empty
 * @param votesNeeded the fewest votes that win outright, when the rule has a threshold
 * @param notes       the round's notes on the arithmetic
 */
record Decision(int places, String placeNoun, StandingStatus winning, Verdict verdict, String verbOne,
        String verbMany, String preface, OptionalLong votesNeeded, List<String> notes) {

    /** The same decision as a count that only leads says it: who would be in, if the count stood. */
    Decision provisional() {
        return switch (verdict) {
            case ELECTED -> new Decision(places, placeNoun, winning, verdict, "leads", "lead",
                    preface.replace(" was reached", " is reached so far"), votesNeeded, notes);
            case RUNOFF -> new Decision(places, placeNoun, winning, verdict, "would advance to a runoff",
                    "would advance to a runoff", preface.replace("no candidate received", "no candidate has"),
                    votesNeeded, notes);
            case ADVANCE -> new Decision(places, placeNoun, winning, verdict, "would advance to the general election",
                    "would advance to the general election", preface, votesNeeded, notes);
        };
    }

    static Decision plurality(Plurality rule) {
        return new Decision(rule.seats(), "seat", StandingStatus.ELECTED, Verdict.ELECTED, "is elected",
                "are elected", "", OptionalLong.empty(), List.of());
    }

    static Decision topN(TopN rule) {
        return new Decision(rule.advance(), "place", StandingStatus.ADVANCES, Verdict.ADVANCE,
                "advances to the general election", "advance to the general election", "", OptionalLong.empty(),
                List.of());
    }

    /**
     * One seat if the leader has more than the threshold share of the votes cast in the contest, else a runoff
     * among the top {@code advance}. Only votes for the contest's choices count: blank and spoiled ballots are
     * not votes cast in it.
     */
    static Decision majorityRunoff(MajorityRunoff rule, Ranking ranking) {
        Share share = rule.threshold();
        long total = ranking.total();
        long needed = share.fewestVotesAbove(total);
        String figures = " (" + Explanation.count(needed) + " of " + Explanation.count(total) + " votes cast)";
        List<String> notes = List.of("votes needed: more than " + share + " of " + Explanation.count(total)
                + " = floor(" + Explanation.count(total) + " × " + share.numerator() + " / " + share.denominator()
                + ") + 1 = " + Explanation.count(needed) + " (" + rule.basis() + ")");
        if (ranking.entries().get(0).votes() >= needed) {
            return new Decision(1, "seat", StandingStatus.ELECTED, Verdict.ELECTED, "is elected", "are elected",
                    share.phrase() + figures + " was reached", OptionalLong.of(needed), notes);
        }
        return new Decision(rule.advance(), "runoff place", StandingStatus.ADVANCES, Verdict.RUNOFF,
                "advances to a runoff", "advance to a runoff", "no candidate received " + share.phrase() + figures,
                OptionalLong.of(needed), notes);
    }
}
