package org.bellwether.render;

import java.util.List;
import java.util.Locale;

/**
 * The live results page: a shell that loads its stylesheet and script from the server (the page's
 * Content-Security-Policy allows nothing inline), around a fragment with every figure of one version. The script
 * swaps the fragment for the next version's when the server announces one; without the script the page is
 * complete as of its version. Bars are SVG rectangles (presentation attributes, not inline styles).
 */
public final class LiveResults {

    private LiveResults() {
    }

    public static String page(LiveElection e) {
        return new Html().raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", "", e.name() + ": live results")
                .raw("<link rel=\"stylesheet\" href=\"/static/live.css\">\n")
                .raw("<script src=\"/static/live.js\" defer></script>\n</head>\n<body>\n")
                .raw("<main id=\"live\" data-election=\"" + Html.escape(e.key()) + "\" data-version=\""
                        + e.version() + "\" data-declarations=\"" + e.declarations() + "\">\n")
                .raw(fragment(e)).raw("</main>\n<p class=\"note\" id=\"connection\"></p>\n</body>\n</html>\n")
                .toString();
    }

    /** What the script swaps in: everything that depends on the version. */
    public static String fragment(LiveElection e) {
        Html h = new Html();
        h.element("h1", "", e.name());
        if (e.testData()) {
            h.element("p", "class=\"test-data\"", "Test data: these are not real results.");
        }
        h.raw("<p class=\"as-of\" id=\"as-of\" data-version=\"" + e.version() + "\">").text("As of " + e.asOf()
                + " (version " + e.version() + ")").raw("</p>\n");
        for (ContestView c : e.contests()) {
            contest(h, c);
        }
        e.map().ifPresent(svg -> map(h, svg, e.swingMap()));
        history(h, e.history());
        return h.toString();
    }

    private static final String MARGIN_LEGEND = "Each precinct in the colour of its leader's party: red Republican,"
            + " blue Democratic, grey another; darker with a wider lead (full at 20 points). Light grey: not reported"
            + " yet. White: no results for this shape. Hover or tap a precinct for its votes.";

    /**
     * The precinct map; with a swing map, two radio buttons choose which is shown (a style sheet rule, no script,
     * so the page's Content-Security-Policy holds and the choice works without the script too).
     */
    private static void map(Html h, String margin, java.util.Optional<LiveElection.SwingMap> swing) {
        h.raw("<section class=\"map\"><h2>Precincts</h2>\n");
        if (swing.isEmpty()) {
            h.raw(margin).element("p", "class=\"legend\"", MARGIN_LEGEND).raw("</section>\n");
            return;
        }
        h.raw("<input type=\"radio\" name=\"map-mode\" id=\"map-by-margin\" checked>")
                .raw("<label for=\"map-by-margin\">Leader's margin</label>\n")
                .raw("<input type=\"radio\" name=\"map-mode\" id=\"map-by-swing\">")
                .raw("<label for=\"map-by-swing\">").text("Swing from " + swing.get().baseline()).raw("</label>\n")
                .raw("<div class=\"by-margin\">").raw(margin).element("p", "class=\"legend\"", MARGIN_LEGEND)
                .raw("</div>\n<div class=\"by-swing\">").raw(swing.get().svg()).raw(PrecinctMap.swingKey())
                .element("p", "class=\"legend\"", "Each precinct's swing: its margin now (Republican minus"
                        + " Democratic, of all votes) minus its margin in " + swing.get().baseline() + ". Red: a move"
                        + " toward the Republicans, blue toward the Democrats, darker with size (full at "
                        + (int) PrecinctMap.FULL + " points). Light grey: not reported yet. Grey: no " + swing.get()
                        .baseline() + " result for this precinct. White: no results for this shape.")
                .raw("</div>\n</section>\n");
    }

    private static void contest(Html h, ContestView c) {
        h.raw("<section class=\"contest\" id=\"contest-" + c.id() + "\">\n").element("h2", "", c.name());
        h.raw("<p class=\"status " + Html.escape(c.status().code()) + "\" data-status=\""
                + Html.escape(c.status().code()) + "\"><strong>").text(c.status().words()).raw("</strong></p>\n");
        h.element("p", "class=\"why\"", c.status().why());
        c.declared().ifPresent(d -> declared(h, d));
        h.raw("<p class=\"reporting\" data-units-reporting=\"" + c.reporting().unitsReporting() + "\" data-units=\""
                + c.reporting().units() + "\">").text(reporting(c.reporting())).raw("</p>\n");
        if (c.ranked().isPresent()) {
            h.element("p", "class=\"rule\"", "Rule: " + c.rule());
            RankedRounds.write(h, c.ranked().get());
            h.raw("</section>\n");
            return;
        }
        choices(h, c);
        c.hurdle().ifPresent(hu -> h.element("p", "class=\"hurdle\"", hurdle(hu)));
        c.recount().ifPresent(text -> h.element("p", "class=\"recount\"", text));
        h.element("p", "class=\"rule\"", "Rule: " + c.rule());
        breakdown(h, "By county", "by-county", c, c.byCounty().stream().map(u -> new Row(u.name() + " ("
                + u.unitsReporting() + " of " + u.units() + ")", u.votes())).toList());
        breakdown(h, "By vote type", "by-vote-type", c, c.byVoteType().stream().map(v -> new Row(v.label(),
                v.votes())).toList());
        h.raw("</section>\n");
    }

    /** A newsroom's call and a certification, each beside what the count says against it. */
    private static void declared(Html h, ContestDeclarations d) {
        d.call().ifPresent(call -> {
            h.raw("<p class=\"call\" data-called=\"" + Html.escape(call.choice()) + "\" data-declaration=\""
                    + call.id() + "\"><strong>").text("Called for " + call.choice()).raw("</strong> ")
                    .text("by " + call.by() + ", " + call.when() + ": " + call.reason()).raw("</p>\n");
            call.disagreement().ifPresent(text -> h.element("p", "class=\"disagrees\"", text));
        });
        d.certification().ifPresent(cert -> {
            h.raw("<p class=\"certified\" data-declaration=\"" + cert.id() + "\"><strong>Certified</strong> ")
                    .text("(declared by " + cert.by() + ", " + cert.when() + ": " + cert.reason() + ")").raw("</p>\n");
            cert.caveat().ifPresent(text -> h.element("p", "class=\"disagrees\"", text));
        });
    }

    private static String reporting(ContestReporting r) {
        String s = r.unitsReporting() + " of " + r.units() + " " + r.level() + (r.units() == 1 ? "" : "s")
                + " reporting (" + org.bellwether.core.rule.Percentage.format(r.unitsReporting(), r.units(), 1)
                + "%); " + count(r.votesCounted()) + " votes counted";
        if (r.expectedVote().isPresent() && !r.complete()) {
            s += ", " + org.bellwether.core.rule.Percentage.format(r.votesCounted(), r.expectedVote().getAsLong(), 1)
                    + "% of the expected vote (" + count(r.expectedVote().getAsLong()) + ", estimated)";
        }
        return s + ".";
    }

    private static void choices(Html h, ContestView c) {
        h.raw("<div class=\"scroll\"><table class=\"results\">\n<tr><th>Candidate</th><th>Party</th>"
                + "<th>Votes</th><th>%</th><th class=\"bar\"></th></tr>\n");
        for (ChoiceLine ch : c.choices()) {
            String party = ch.party().orElse("");
            h.raw("<tr data-choice=\"" + Html.escape(ch.name()) + "\"><td>").text(ch.name()
                    + (ch.winner().equals("X") ? " \u2714" : ch.winner().isEmpty() ? "" : " (" + flag(ch.winner())
                    + ")") + (c.callFlag(ch).isEmpty() ? "" : " (called)")).raw("</td><td>").text(party).raw("</td><td class=\"n votes\" data-votes=\""
                    + ch.votes() + "\">" + count(ch.votes()) + "</td><td class=\"n pct\">" + ch.percent()
                    + "</td><td class=\"bar\"><svg viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden="
                    + "\"true\"><rect width=\"" + ch.percent() + "\" height=\"8\" class=\"" + partyClass(party)
                    + "\"/></svg></td></tr>\n");
        }
        h.raw("</table></div>\n");
    }

    private static String flag(String winner) {
        return winner.equals("R") ? "runoff" : "advances";
    }

    private static String hurdle(ContestView.Hurdle hu) {
        String lead = hu.trailing() + " trails " + hu.leading() + " by " + count(hu.margin()) + " votes";
        if (hu.percent().isEmpty()) {
            return lead + (hu.path() ? "." : "; no votes are left to count.");
        }
        return lead + " and needs " + hu.percent().get() + "% of the votes still expected to overtake"
                + (hu.path() ? "." : ": more than all of them, so there is no path.");
    }

    private record Row(String label, List<Long> votes) {
    }

    private static void breakdown(Html h, String title, String id, ContestView c, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        h.raw("<details class=\"" + id + "\"><summary>").text(title).raw("</summary><div class=\"scroll\"><table>\n"
                + "<tr><th></th>");
        List<Integer> order = c.choices().stream().map(ChoiceLine::index).toList();
        for (ChoiceLine ch : c.choices()) {
            h.raw("<th>").text(ch.name()).raw("</th>");
        }
        h.raw("</tr>\n");
        for (Row r : rows) {
            h.raw("<tr><td>").text(r.label()).raw("</td>");
            for (int i : order) {
                h.raw("<td class=\"n\">" + count(r.votes().get(i)) + "</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</table></div></details>\n");
    }

    private static void history(Html h, List<LiveElection.VersionLine> history) {
        h.raw("<section class=\"history\"><h2>Versions</h2><ol class=\"versions\">\n");
        for (LiveElection.VersionLine v : history) {
            h.raw("<li data-version=\"" + v.version() + "\">").text("Version " + v.version() + ", as of " + v.asOf()
                    + ": " + v.changes()).raw("</li>\n");
        }
        h.raw("</ol></section>\n");
    }

    static String partyClass(String party) {
        String p = party.toUpperCase(Locale.ROOT);
        return p.startsWith("REP") ? "rep" : p.startsWith("DEM") ? "dem" : "oth";
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
