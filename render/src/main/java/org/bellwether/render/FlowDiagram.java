package org.bellwether.render;

import org.bellwether.analysis.BlocVotes;

/**
 * The vote-flow diagram, drawn only as far as the data identifies flows: round 1's blocs stacked beside the
 * runoff's, with a bracket on each finalist's bar for the votes that must have come from outside his round-1 bloc
 * (his runoff votes minus the bloc's round-1 votes). Which voters moved where inside that is not identified.
 */
public final class FlowDiagram {

    private static final double W = 400;
    private static final double H = 300;
    private static final double BAR = 100;

    private FlowDiagram() {
    }

    public static String svg(BlocVotes first, BlocVotes second) {
        double scale = (H - 40) / Math.max(first.total().doubleValue(), second.total().doubleValue());
        Html svg = new Html().raw("<svg id=\"flow-diagram\" viewBox=\"0 0 " + Html.num(W) + " " + Html.num(H)
                + "\" role=\"img\" aria-label=\"Round 1 and runoff by bloc\">\n");
        svg.raw("<text x=\"60\" y=\"14\" class=\"label\" text-anchor=\"middle\">Round 1</text>\n");
        svg.raw("<text x=\"200\" y=\"14\" class=\"label\" text-anchor=\"middle\">Runoff</text>\n");
        double[] a = {first.republican().doubleValue(), first.democratic().doubleValue(), first.other().doubleValue()};
        double[] b = {second.republican().doubleValue(), second.democratic().doubleValue()};
        stack(svg, 10, a, scale, new String[] {"rep", "dem", "oth"}, new String[] {"R", "D", "other"});
        stack(svg, 150, b, scale, new String[] {"rep", "dem"}, new String[] {"R", "D"});
        bracket(svg, 150 + BAR, b[0] - a[0], scale, 20, "R");
        bracket(svg, 150 + BAR, b[1] - a[1], scale, 20 + b[0] * scale, "D");
        return svg.raw("</svg>\n").toString();
    }

    private static void stack(Html svg, double x, double[] votes, double scale, String[] classes, String[] names) {
        double y = 20;
        for (int i = 0; i < votes.length; i++) {
            double h = votes[i] * scale;
            svg.raw("<rect x=\"" + Html.num(x) + "\" y=\"" + Html.num(y) + "\" width=\"" + Html.num(BAR)
                    + "\" height=\"" + Html.num(h) + "\" class=\"" + classes[i] + "\"/>\n");
            if (h > 18) {
                svg.raw("<text x=\"" + Html.num(x + BAR / 2) + "\" y=\"" + Html.num(y + h / 2 + 5)
                        + "\" class=\"inbar\" text-anchor=\"middle\">").text(names[i] + " "
                        + String.format(java.util.Locale.ROOT, "%,.0f", votes[i])).raw("</text>\n");
            }
            y += h;
        }
    }

    /** Marks, at the top of a finalist's bar, the votes beyond his bloc's round-1 votes. */
    private static void bracket(Html svg, double x, double beyond, double scale, double top, String bloc) {
        if (beyond <= 0) {
            return;
        }
        double h = beyond * scale;
        svg.raw("<path d=\"M" + Html.num(x + 4) + " " + Html.num(top) + "h8v" + Html.num(h) + "h-8\" class=\"bracket\""
                + "/>\n<text x=\"" + Html.num(x + 16) + "\" y=\"" + Html.num(top + h / 2) + "\" class=\"small\">")
                .text(String.format(java.util.Locale.ROOT, "at least %,.0f", beyond)).raw("</text>\n<text x=\""
                        + Html.num(x + 16) + "\" y=\"" + Html.num(top + h / 2 + 17) + "\" class=\"small\">")
                .text("from outside").raw("</text>\n<text x=\"" + Html.num(x + 16) + "\" y=\""
                        + Html.num(top + h / 2 + 34) + "\" class=\"small\">").text("the " + bloc + " bloc")
                .raw("</text>\n");
    }
}
