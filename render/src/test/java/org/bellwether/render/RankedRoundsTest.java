package org.bellwether.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.core.rule.InstantRunoff;
import org.junit.jupiter.api.Test;

/** A ranked count's rounds on the page: who is greyed, what a transfer brought, where the line is, all escaped. */
class RankedRoundsTest {

    /** Four for A, three for B, two for C then B: C is out in round 1 and B elected in round 2 with C's two. */
    private static RankedOutcome count() {
        Contest contest = new Contest("Mayor", 1, List.of(Choice.named("A & Co"), Choice.named("B"),
                Choice.named("C <x>")));
        RankedBallots.Builder b = RankedBallots.builder(contest, -1, false);
        add(b, 4, 0);
        add(b, 3, 1);
        add(b, 2, 2, 1);
        return RankedTabulator.tabulate(b.build(), InstantRunoff.standard());
    }

    private static void add(RankedBallots.Builder b, int n, int... choices) {
        int[] marks = new int[choices.length];
        for (int i = 0; i < choices.length; i++) {
            marks[i] = RankedBallots.mark(i + 1, choices[i]);
        }
        for (int k = 0; k < n; k++) {
            b.add(marks, marks.length);
        }
    }

    private static String fragment() {
        RankedOutcome o = count();
        ContestView c = new ContestView(0, "Mayor", 1, "instant runoff", new ContestStatus("elected", "B elected",
                "why"), new ContestReporting("cast-vote-record file", 1, 1, 9, OptionalLong.of(9)), List.of(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of())
                .withRanked(new RankedContest(9, 3, List.of(o)));
        return LiveResults.fragment(new LiveElection("k", "Night", 1, "21:40 CST", false, List.of(c), List.of(),
                Optional.empty()));
    }

    @Test
    void theEliminatedAreGreyedTheTransfersShownAndTheWinnerFirst() {
        String html = fragment();
        assertThat(html).contains(
                "<p class=\"cvr\" data-ballots=\"9\" data-rankings=\"3\">9 cast-vote records, 3 distinct rankings;"
                        + " 0 ranked nobody.</p>",
                "<details class=\"round round-1\" data-round=\"1\"><summary>Round 1 of 2: C &lt;x&gt; eliminated"
                        + "</summary>",
                "<details class=\"round round-2\" data-round=\"2\" open><summary>Round 2 of 2: B elected</summary>",
                "<tr class=\"out\" data-choice=\"C &lt;x&gt;\" data-votes=\"2\"><td>C &lt;x&gt; (eliminated)</td>",
                "The votes went to: B 2.</p>",
                // round 2: B carried 3 (dark) and was given 2 (light), on a scale of 5 votes and a twentieth
                "<tr class=\"won\" data-choice=\"B\" data-votes=\"5\"><td>B \u2714</td><td class=\"n\">5</td>"
                        + "<td class=\"n pct\">55.6</td><td class=\"n\">+2</td>",
                "<rect width=\"57.14\" height=\"8\" class=\"kept\"/><rect x=\"57.14\" width=\"38.1\" height=\"8\""
                        + " class=\"gain\"/>",
                "<td>elected in round 2</td>".replace("<td>", "<td class=\"result\">"),
                "<td>A &amp; Co</td><td class=\"n\">4</td><td class=\"n\">4</td>")
                .doesNotContain("style=", "<script", "C <x>", "A & Co");
        assertThat(html.indexOf("data-choice=\"B\"")).as("the winner heads the overview")
                .isLessThan(html.indexOf("data-choice=\"A &amp; Co\""));
        assertThat(html).contains("<caption>Round 1: 5 votes to win</caption>", "class=\"threshold\"");
    }
}
