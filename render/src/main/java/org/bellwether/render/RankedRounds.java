package org.bellwether.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.Decision;
import org.bellwether.core.ranked.InactiveCause;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedRound;
import org.bellwether.core.ranked.Transfer;

/**
 * A ranked-choice count round by round, for people: each round a table of the candidates still in, with a bar per
 * candidate (votes carried from the round before dark, votes transferred in this round light, the threshold a red
 * line through every bar, the same scale in every round so a bar grows as votes arrive), the candidates eliminated
 * greyed and those elected marked, then who was elected or eliminated and why and where their votes went. The
 * tables are the text: the bars are drawn beside the figures and hidden from screen readers. A table of every
 * round follows. The last round is open; the others open on a click, with no script.
 */
public final class RankedRounds {

    private RankedRounds() {
    }

    static final String LEGEND = "Each bar: dark, the votes a candidate carried from the round before; light, the"
            + " votes transferred to them in this round; the red line, the votes needed to win. Greyed: eliminated"
            + " in this round; \u2714 elected.";

    /** The records' summary, every pass's rounds and the table of every round. */
    public static void write(Html h, RankedContest r) {
        RankedOutcome last = r.last();
        h.raw("<p class=\"cvr\" data-ballots=\"" + r.ballots() + "\" data-rankings=\"" + r.distinctRankings()
                + "\">").text(count(r.ballots()) + " cast-vote records, " + count(r.distinctRankings())
                + " distinct rankings; " + figure(last.noRankings()) + " ranked nobody.").raw("</p>\n");
        h.element("p", "class=\"legend\"", LEGEND);
        for (int p = 0; p < r.passes().size(); p++) {
            RankedOutcome pass = r.passes().get(p);
            String id = r.passes().size() > 1 ? "pass-" + (p + 1) + "-" : "";
            if (r.passes().size() > 1) {
                h.element("h3", "", "Pass " + (p + 1) + " of " + r.passes().size() + ": " + elected(pass));
            }
            BigDecimal scale = scale(pass);
            overview(h, pass, scale, id);
            h.element("h3", "class=\"rounds-heading\"", "Round by round");
            for (RankedRound round : pass.rounds()) {
                round(h, pass, round, scale, id, p == r.passes().size() - 1);
            }
            table(h, pass, id);
        }
    }

    /**
     * Every candidate in one chart: the first choices dark, what transfers brought light, up to the last round the
     * candidate was in, the threshold of the final round as the line; those elected first, then by how long they
     * lasted.
     */
    private static void overview(Html h, RankedOutcome o, BigDecimal scale, String id) {
        Contest contest = o.contest();
        RankedRound one = o.rounds().get(0);
        record Line(int choice, int last, BigDecimal first, BigDecimal votes, Decision decision) {
        }
        List<Line> lines = new ArrayList<>();
        for (int c : one.tallies().keySet()) {
            int last = 0;
            Decision decided = null;
            for (RankedRound r : o.rounds()) {
                if (r.tallies().containsKey(c)) {
                    last = r.number();
                }
                for (Decision d : r.decisions()) {
                    if (d.choice() == c && (decided == null || d.elected())) {
                        decided = d;
                    }
                }
            }
            lines.add(new Line(c, last, one.tallies().get(c), o.rounds().get(last - 1).tallies().get(c), decided));
        }
        lines.sort(Comparator.comparing((Line l) -> l.decision() != null && l.decision().elected() ? 0 : 1)
                .thenComparing(Comparator.comparingInt(Line::last).reversed())
                .thenComparing(Comparator.comparing(Line::votes).reversed()).thenComparingInt(Line::choice));
        BigDecimal threshold = o.finalRound().threshold();
        h.raw("<div class=\"scroll\"><table class=\"ranked overview " + id + "overview\">\n<caption>").text(
                "Each candidate's first choices and the votes transferred to them, up to the round they were elected"
                + " or eliminated; the line: " + figure(threshold) + " votes to win in the final round")
                .raw("</caption>\n<tr><th>Candidate</th><th>First choices</th><th>Last count</th><th>Result</th>"
                + "<th class=\"bar\"></th></tr>\n");
        for (Line l : lines) {
            boolean won = l.decision() != null && l.decision().elected();
            boolean out = l.decision() != null && !won;
            String name = contest.choices().get(l.choice()).name();
            String result = won ? "elected in round " + roundOf(o, l.choice(), true) : out ? "out in round "
                    + roundOf(o, l.choice(), false) : "in the final round";
            h.raw("<tr class=\"" + (won ? "won" : out ? "out" : "in") + "\" data-choice=\"" + Html.escape(name)
                    + "\" data-votes=\"" + l.votes().toPlainString() + "\"><td>").text(name + (won ? " \u2714" : ""))
                    .raw("</td><td class=\"n\">" + figure(l.first()) + "</td><td class=\"n\">" + figure(l.votes())
                    + "</td><td class=\"result\">").text(result).raw("</td><td class=\"bar\">" + bar(l.votes(), l.first(), threshold,
                    scale) + "</td></tr>\n");
        }
        h.raw("</table></div>\n");
    }

    private static int roundOf(RankedOutcome o, int choice, boolean elected) {
        for (RankedRound r : o.rounds()) {
            for (Decision d : r.decisions()) {
                if (d.choice() == choice && d.elected() == elected) {
                    return r.number();
                }
            }
        }
        return o.rounds().size();
    }

    private static String elected(RankedOutcome o) {
        return o.elected().isEmpty() ? "nobody elected" : String.join(", ", o.elected().stream()
                .map(c -> c.name()).toList()) + " elected";
    }

    private static void round(Html h, RankedOutcome o, RankedRound round, BigDecimal scale, String id,
            boolean lastPass) {
        Contest contest = o.contest();
        Map<Integer, BigDecimal> before = round.number() == 1 ? Map.of() : o.rounds().get(round.number() - 2)
                .tallies();
        boolean open = lastPass && round.number() == o.rounds().size();
        h.raw("<details class=\"round " + id + "round-" + round.number() + "\" data-round=\"" + round.number()
                + "\"" + (open ? " open" : "") + "><summary>").text("Round " + round.number() + " of "
                + o.rounds().size() + ": " + headline(contest, round)).raw("</summary>\n");
        h.raw("<div class=\"scroll\"><table class=\"ranked\">\n<caption>").text("Round " + round.number()
                + ": " + figure(round.threshold()) + " votes to win").raw("</caption>\n<tr><th>Candidate</th>"
                + "<th>Votes</th><th class=\"pct\">%</th><th>Change</th><th class=\"bar\"></th></tr>\n");
        BigDecimal total = round.tallies().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Map.Entry<Integer, BigDecimal> e : byVotes(round.tallies())) {
            int c = e.getKey();
            BigDecimal v = e.getValue();
            Decision d = round.decisions().stream().filter(x -> x.choice() == c).findFirst().orElse(null);
            String state = d == null ? "in" : d.elected() ? "won" : "out";
            BigDecimal was = round.number() == 1 ? v : before.getOrDefault(c, BigDecimal.ZERO);
            String name = contest.choices().get(c).name();
            h.raw("<tr class=\"" + state + "\" data-choice=\"" + Html.escape(name) + "\" data-votes=\""
                    + v.toPlainString() + "\"><td>").text(name + (state.equals("won") ? " \u2714"
                    : state.equals("out") ? " (eliminated)" : "")).raw("</td><td class=\"n\">" + figure(v)
                    + "</td><td class=\"n pct\">" + share(v, total) + "</td><td class=\"n\">"
                    + (round.number() == 1 ? "" : change(v.subtract(was))) + "</td><td class=\"bar\">"
                    + bar(v, was, round.threshold(), scale) + "</td></tr>\n");
        }
        h.raw("</table></div>\n");
        for (Decision d : round.decisions()) {
            h.element("p", "class=\"decision\"", decision(contest, d));
        }
        h.element("p", "class=\"inactive\"", inactive(round));
        h.raw("</details>\n");
    }

    private static String headline(Contest contest, RankedRound round) {
        List<String> won = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (Decision d : round.decisions()) {
            (d.elected() ? won : out).add(contest.choices().get(d.choice()).name());
        }
        List<String> parts = new ArrayList<>();
        if (!won.isEmpty()) {
            parts.add(String.join(", ", won) + " elected");
        }
        if (!out.isEmpty()) {
            parts.add(String.join(", ", out) + " eliminated");
        }
        return parts.isEmpty() ? "no decision" : String.join("; ", parts);
    }

    /** Who was elected or eliminated, why, and where the votes went (as the count transferred them). */
    private static String decision(Contest contest, Decision d) {
        String name = contest.choices().get(d.choice()).name();
        String s = name + (d.elected() ? " elected: " : " eliminated: ") + d.reason()
                + d.tieBreak().map(t -> " (tie broken: " + t + ")").orElse("") + ".";
        if (d.transfers().isEmpty()) {
            return s;
        }
        List<String> moves = d.transfers().stream().map(t -> target(contest, t) + " " + figure(t.votes())).toList();
        return s + " " + (d.elected() ? "The surplus went to: " : "The votes went to: ") + String.join(", ", moves)
                + ".";
    }

    private static String target(Contest contest, Transfer t) {
        return switch (t.target()) {
            case Transfer.EXHAUSTED -> "exhausted";
            case Transfer.RESIDUAL_SURPLUS -> "residual surplus";
            default -> contest.choices().get(t.target()).name();
        };
    }

    private static String inactive(RankedRound round) {
        List<String> parts = new ArrayList<>();
        for (InactiveCause cause : InactiveCause.values()) {
            BigDecimal v = round.inactive().get(cause);
            if (v.signum() != 0) {
                parts.add(words(cause) + " " + figure(v));
            }
        }
        return "Inactive ballots: " + (parts.isEmpty() ? "none" : String.join("; ", parts)) + ".";
    }

    /** A cause in words a reader understands. */
    static String words(InactiveCause cause) {
        return switch (cause) {
            case NO_RANKINGS -> "ranked nobody";
            case EXHAUSTED_CHOICES -> "every ranked candidate out";
            case OVERVOTE -> "overvote";
            case SKIPPED_RANKINGS -> "too many skipped ranks";
            case REPEATED_RANKING -> "a candidate ranked twice";
            case FINAL_ROUND_SURPLUS -> "surplus of the final round";
        };
    }

    /** Every round in one table: the text of the charts, and what a screen reader reads. */
    private static void table(Html h, RankedOutcome o, String id) {
        Contest contest = o.contest();
        h.raw("<details class=\"round-table " + id + "all\"><summary>Every round in one table</summary>"
                + "<div class=\"scroll\"><table class=\"all-rounds\">\n<tr><th>Candidate</th>");
        for (RankedRound round : o.rounds()) {
            h.raw("<th>Round " + round.number() + "</th>");
        }
        h.raw("</tr>\n");
        for (Map.Entry<Integer, BigDecimal> e : byVotes(o.rounds().get(0).tallies())) {
            h.raw("<tr><td>").text(contest.choices().get(e.getKey()).name()).raw("</td>");
            for (RankedRound round : o.rounds()) {
                BigDecimal v = round.tallies().get(e.getKey());
                h.raw("<td class=\"n\">" + (v == null ? "\u2013" : figure(v)) + "</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("<tr><td>Inactive</td>");
        for (RankedRound round : o.rounds()) {
            BigDecimal v = round.inactive().entrySet().stream().filter(x -> x.getKey().inactive())
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            h.raw("<td class=\"n\">" + figure(v) + "</td>");
        }
        h.raw("</tr>\n<tr><td>Votes to win</td>");
        for (RankedRound round : o.rounds()) {
            h.raw("<td class=\"n\">" + figure(round.threshold()) + "</td>");
        }
        h.raw("</tr>\n</table></div></details>\n");
    }

    /** The round's candidates by votes, most first; equal votes in the contest's order. */
    private static List<Map.Entry<Integer, BigDecimal>> byVotes(Map<Integer, BigDecimal> tallies) {
        List<Map.Entry<Integer, BigDecimal>> list = new ArrayList<>(tallies.entrySet());
        list.sort(Comparator.comparing((Map.Entry<Integer, BigDecimal> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey));
        return list;
    }

    /**
     * The largest figure of the pass, tallies or threshold, and a twentieth more so that a threshold at the top
     * still shows: every round's bars on one scale.
     */
    private static BigDecimal scale(RankedOutcome o) {
        BigDecimal max = BigDecimal.ONE;
        for (RankedRound round : o.rounds()) {
            max = max.max(round.threshold());
            for (BigDecimal v : round.tallies().values()) {
                max = max.max(v);
            }
        }
        return max.multiply(new BigDecimal("1.05"));
    }

    private static String bar(BigDecimal v, BigDecimal was, BigDecimal threshold, BigDecimal scale) {
        BigDecimal kept = v.min(was).max(BigDecimal.ZERO);
        BigDecimal gain = v.subtract(kept);
        String k = width(kept, scale);
        return "<svg viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect width=\"" + k
                + "\" height=\"8\" class=\"kept\"/>" + (gain.signum() > 0 ? "<rect x=\"" + k + "\" width=\""
                + width(gain, scale) + "\" height=\"8\" class=\"gain\"/>" : "") + "<rect x=\""
                + width(threshold, scale) + "\" width=\"0.6\" height=\"8\" class=\"threshold\"/></svg>";
    }

    private static String width(BigDecimal v, BigDecimal scale) {
        return v.multiply(BigDecimal.valueOf(100)).divide(scale, 2, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    private static String share(BigDecimal v, BigDecimal total) {
        return total.signum() == 0 ? "0.0" : v.multiply(BigDecimal.valueOf(100)).divide(total, 1,
                RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String change(BigDecimal d) {
        return d.signum() == 0 ? "" : (d.signum() > 0 ? "+" : "\u2212") + figure(d.abs());
    }

    /** An exact figure with thousands grouped: whole votes, or the count's decimal places as counted. */
    static String figure(BigDecimal v) {
        BigDecimal whole = v.setScale(0, RoundingMode.DOWN);
        String w = String.format(Locale.ROOT, "%,d", whole.toBigIntegerExact());
        BigDecimal frac = v.subtract(whole).abs();
        if (frac.signum() == 0) {
            return w;
        }
        String f = frac.toPlainString();
        return (v.signum() < 0 && whole.signum() == 0 ? "-" : "") + w + f.substring(f.indexOf('.'));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
