package org.bellwether.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The live page's HTML: escaped text, nothing inline that a strict Content-Security-Policy would block. */
class LiveResultsTest {

    private static ContestView contest(int unitsReporting, OptionalLong expected) {
        ContestReporting r = new ContestReporting("precinct", 4, unitsReporting, 300, expected);
        return new ContestView(0, "Mayor <at large>", 1, "plurality", new ContestStatus("leading",
                "A & B leading", "why"), r, List.of(new ChoiceLine(0, "A & B", Optional.of("REP"), 200, "66.67", 1, ""),
                        new ChoiceLine(1, "C \"D\"", Optional.of("DEM"), 100, "33.33", 2, "")),
                Optional.of(new ContestView.Hurdle("A & B", "C \"D\"", 100, Optional.of("62.5"), true)),
                Optional.of("Recount: none & all"),
                List.of(new ContestView.UnitLine("X", "North", "North", true, 4, unitsReporting, List.of(200L, 100L))),
                List.of(new ContestView.VoteTypeLine("Election Day", "Election day", List.of(200L, 100L))), List.of());
    }

    private static String page(ContestView c, Optional<String> map) {
        return LiveResults.page(new LiveElection("k", "Night <1>", 2, "21:40 EDT, 20 June 2017", true, List.of(c),
                List.of(new LiveElection.VersionLine(2, "21:40 EDT", "A & B +10"),
                        new LiveElection.VersionLine(1, "20:40 EDT", "first results")), map));
    }

    @Test
    void textIsEscapedAndNothingIsInline() {
        String html = page(contest(2, OptionalLong.of(600)), Optional.empty());
        assertThat(html).contains("<h1>Night &lt;1&gt;</h1>", "<h2>Mayor &lt;at large&gt;</h2>",
                "<tr data-choice=\"C &quot;D&quot;\">", "data-votes=\"200\">200</td>",
                "Test data: these are not real results.", "<rect width=\"66.67\" height=\"8\" class=\"rep\"/>",
                "<p class=\"recount\">Recount: none &amp; all</p>")
                .doesNotContain("style=", "<script>", "onclick", "<style>");
        assertThat(html).contains("2 of 4 precincts reporting (50.0%); 300 votes counted, 50.0% of the expected vote"
                + " (600, estimated).", "C &quot;D&quot; trails A &amp; B by 100 votes and needs 62.5% of the votes"
                + " still expected to overtake.");
    }

    @Test
    void aCompleteCountSaysNoEstimateAndTheMapComesWithItsLegend() {
        String html = page(contest(4, OptionalLong.of(300)), Optional.of("<svg id=\"m\"></svg>"));
        assertThat(html).contains("4 of 4 precincts reporting (100.0%); 300 votes counted.", "<svg id=\"m\"></svg>",
                "Light grey: not reported yet.").doesNotContain("estimated");
        assertThat(page(contest(4, OptionalLong.of(300)), Optional.empty())).doesNotContain("Light grey");
    }

    @Test
    void aCallAndACertificationAreShownBesideTheCountEscaped() {
        java.time.Instant at = java.time.Instant.parse("2017-06-21T02:00:00Z");
        ContestView c = contest(2, OptionalLong.of(600)).withDeclared(new ContestDeclarations(7,
                Optional.of(new ContestDeclarations.Call(5, "C \"D\"", "Desk <1>", "model & turnout", at, "22:00 EDT",
                        Optional.of("The count disagrees so far: C \"D\" trails A & B by 100 votes."))),
                Optional.of(new ContestDeclarations.Certification(7, "SOS", "done", at, "22:00 EDT",
                        Optional.of("The count here is not complete.")))));
        String html = page(c, Optional.empty());
        assertThat(html).contains("data-declarations=\"7\"", "<p class=\"call\" data-called=\"C &quot;D&quot;\""
                + " data-declaration=\"5\"><strong>Called for C &quot;D&quot;</strong> by Desk &lt;1&gt;, 22:00 EDT:"
                + " model &amp; turnout</p>", "<p class=\"disagrees\">The count disagrees so far: C &quot;D&quot;"
                + " trails A &amp; B by 100 votes.</p>", "C &quot;D&quot; (called)</td>",
                "<strong>Certified</strong> (declared by SOS, 22:00 EDT: done)",
                "<p class=\"disagrees\">The count here is not complete.</p>");
        assertThat(page(contest(2, OptionalLong.of(600)), Optional.empty())).contains("data-declarations=\"0\"")
                .doesNotContain("called", "Certified");
    }
}
