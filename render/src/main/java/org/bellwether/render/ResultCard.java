package org.bellwether.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One contest's result for people: each candidate with party, votes, share and a bar, the winner (or those going
 * to a runoff) marked, and the outcome in a sentence. The leading {@value #SHOWN} candidates are shown; the rest
 * fold into a list a reader can open.
 */
public final class ResultCard {

    static final int SHOWN = 5;

    private ResultCard() {
    }

    /** A candidate's line; {@code mark} says what the count decided for them. */
    public record Row(String choice, String party, long votes, Mark mark) {
        public Row {
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(mark, "mark");
        }
    }

    public enum Mark { ELECTED, ADVANCES, NONE }

    /**
     * @param id      the element id, e.g. {@code result-ga-06-runoff}
     * @param title   the contest, e.g. {@code GA-06 runoff}
     * @param date    election day as text
     * @param rows    candidates, most votes first
     * @param outcome the outcome in a sentence
     */
    public static String html(String id, String title, String date, List<Row> rows, String outcome) {
        long total = rows.stream().mapToLong(Row::votes).sum();
        Html h = new Html().raw("<section class=\"result\" id=\"" + Html.escape(id) + "\">\n<h3>").text(title)
                .raw(" <span class=\"date\">").text(date).raw("</span></h3>\n");
        h.element("p", "class=\"outcome\"", outcome);
        table(h, rows.subList(0, Math.min(SHOWN, rows.size())), total);
        if (rows.size() > SHOWN) {
            h.raw("<details><summary>").text((rows.size() - SHOWN) + " more candidates").raw("</summary>\n");
            table(h, rows.subList(SHOWN, rows.size()), total);
            h.raw("</details>\n");
        }
        return h.raw("</section>\n").toString();
    }

    private static void table(Html h, List<Row> rows, long total) {
        h.raw("<table class=\"results\">\n<tr><th>candidate (party)</th><th class=\"n\">votes</th>"
                + "<th class=\"share\">share</th></tr>\n");
        for (Row r : rows) {
            String share = share(r.votes(), total);
            h.raw(r.mark() == Mark.NONE ? "<tr>" : "<tr class=\"win\">").raw("<td>")
                    .text(r.mark() == Mark.NONE ? "" : "\u2713 ").text(r.choice())
                    .text(r.party().isEmpty() ? "" : " (" + r.party() + ")")
                    .raw(r.mark() == Mark.ADVANCES ? " <span class=\"tag\">to the runoff</span>" : "")
                    .raw(r.mark() == Mark.ELECTED ? " <span class=\"tag\">elected</span>" : "")
                    .raw("</td><td class=\"n\">")
                    .text(String.format(java.util.Locale.ROOT, "%,d", r.votes())).raw("</td><td class=\"share\">")
                    .raw("<span class=\"track\"><span class=\"bar " + partyClass(r.party()) + "\" style=\"width:"
                            + share + "%\"></span></span>")
                    .text(share + "%").raw("</td></tr>\n");
        }
        h.raw("</table>\n");
    }

    /** A share of all votes in percent, one decimal, half to even. */
    static String share(long votes, long total) {
        return total == 0 ? "0.0" : BigDecimal.valueOf(votes * 100L).divide(BigDecimal.valueOf(total), 1,
                RoundingMode.HALF_EVEN).toPlainString();
    }

    static String partyClass(String party) {
        String p = party.toUpperCase(java.util.Locale.ROOT);
        return p.startsWith("R") ? "rep" : p.startsWith("D") ? "dem" : "oth";
    }
}
