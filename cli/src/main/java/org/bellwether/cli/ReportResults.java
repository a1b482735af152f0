package org.bellwether.cli;

import java.util.List;
import java.util.Locale;
import org.bellwether.core.Contest;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Round;
import org.bellwether.core.rule.RuleSpec;
import org.bellwether.core.rule.Standing;
import org.bellwether.core.rule.StandingStatus;
import org.bellwether.core.rule.Status;
import org.bellwether.core.rule.Tabulator;
import org.bellwether.core.rule.TieBreak;
import org.bellwether.core.rule.Verdict;
import org.bellwether.render.ResultCard;

/** Each special's result as the report leads with it: tabulated under its declared rule, told in a sentence. */
final class ReportResults {

    private static final TieBreak LAW = new TieBreak.Unresolved("lot, as the law provides");

    private ReportResults() {
    }

    static Outcome outcome(LoadedSpecial s) {
        Contest contest = s.election().contests().get(s.contest());
        String rule = new RuleOption.Converter().convert(s.spec().rule().orElse("plurality")).spec();
        return Tabulator.tabulate(contest, s.election().choiceTotals(s.contest()),
                RuleSpec.parse(rule, contest, "the special's file: rule " + rule), LAW);
    }

    static String card(LoadedSpecial s) {
        Outcome o = outcome(s);
        Round last = o.finalRound();
        List<ResultCard.Row> rows = last.standings().stream().map(st -> new ResultCard.Row(st.choice().name(),
                st.choice().party().orElse(""), st.votes(), mark(st.status()))).toList();
        String id = "result-" + s.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return ResultCard.html(id, s.name(), s.spec().date(), rows, sentence(o));
    }

    private static ResultCard.Mark mark(StandingStatus status) {
        return switch (status) {
            case ELECTED -> ResultCard.Mark.ELECTED;
            case ADVANCES -> ResultCard.Mark.ADVANCES;
            case TIED_AT_CUT, NOT_ELECTED, LEADING -> ResultCard.Mark.NONE;
        };
    }

    /** The outcome in words: who won and by how much, or who goes to the runoff and why. */
    static String sentence(Outcome o) {
        Round last = o.finalRound();
        List<Standing> st = last.standings();
        Verdict verdict = o.status().verdictSoFar().orElse(null);
        if (verdict == null) {
            return "A tie at the cut line, to be resolved by lot as the law provides.";
        }
        return switch (verdict) {
            case ELECTED -> name(st.get(0)) + " won, " + count(st.get(0).votes()) + " votes to " + name(st.get(1))
                    + "'s " + count(st.get(1).votes()) + " (margin " + count(st.get(0).votes() - st.get(1).votes())
                    + " of " + count(last.totalVotes()) + " votes cast).";
            case RUNOFF -> "No candidate won the majority the law requires (" + count(last.votesNeeded()
                    .orElse(0)) + " of " + count(last.totalVotes()) + " votes); " + String.join(" and ", o.advancing()
                    .stream().map(c -> c.name() + c.party().map(p -> " (" + p + ")").orElse("")).toList())
                    + " went to the runoff.";
            case ADVANCE -> String.join(", ", o.advancing().stream().map(c -> c.name()).toList())
                    + " advance to the general election.";
        };
    }

    private static String name(Standing s) {
        return s.choice().name() + s.choice().party().map(p -> " (" + p + ")").orElse("");
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static boolean runoff(Outcome o) {
        return o.status() instanceof Status.Decided d && d.verdict() == Verdict.RUNOFF;
    }
}
