package org.bellwether.render;

import java.util.List;
import org.bellwether.analysis.house.HouseSimulation;
import org.bellwether.analysis.house.SeatPoint;
import org.bellwether.analysis.specials.SpecialResult;

/**
 * The seat curve: Republican seats against the national environment (R − D points), expected with district
 * noise (solid) and under a uniform swing (dashed), with the majority line and each special's implied
 * environment marked.
 */
public final class SeatCurveChart {

    private static final double W = 400;
    private static final double H = 320;
    private static final double LEFT = 58;
    private static final double BOTTOM = 58;
    private static final double TOP = 40;

    private SeatCurveChart() {
    }

    public static String svg(List<SeatPoint> curve, List<SpecialResult> specials) {
        double lowSeat = 100;
        double highSeat = 335;
        Html svg = new Html().raw("<svg id=\"seat-curve\" viewBox=\"0 0 " + Html.num(W) + " " + Html.num(H)
                + "\" role=\"img\" aria-label=\"Republican seats by national environment\">\n");
        for (int e = -15; e <= 15; e += 5) {
            svg.raw("<text x=\"" + Html.num(x(e)) + "\" y=\"" + Html.num(H - BOTTOM + 18) + "\" class=\"small\" "
                    + "text-anchor=\"middle\">" + (e == 0 ? "even" : (e < 0 ? "D+" : "R+") + Math.abs(e))
                    + "</text>\n");
        }
        for (int s = 125; s <= 325; s += 50) {
            svg.raw("<text x=\"" + Html.num(LEFT - 6) + "\" y=\"" + Html.num(y(s, lowSeat, highSeat) + 4)
                    + "\" class=\"small\" text-anchor=\"end\">" + s + "</text>\n");
        }
        svg.raw("<text x=\"" + Html.num((LEFT + W) / 2) + "\" y=\"" + Html.num(H - 18) + "\" class=\"small\""
                + " text-anchor=\"middle\">national environment, R \u2212 D points</text>\n");
        svg.raw("<text transform=\"translate(14 " + Html.num((TOP + H - BOTTOM) / 2) + ") rotate(-90)\""
                + " class=\"small\" text-anchor=\"middle\">Republican seats</text>\n");
        legend(svg);
        double majority = y(HouseSimulation.MAJORITY, lowSeat, highSeat);
        svg.raw("<line x1=\"" + Html.num(LEFT) + "\" y1=\"" + Html.num(majority) + "\" x2=\"" + Html.num(W)
                + "\" y2=\"" + Html.num(majority) + "\" class=\"majority\"/>\n");
        svg.raw("<text x=\"" + Html.num(W - 4) + "\" y=\"" + Html.num(majority - 4) + "\" class=\"small\" "
                + "text-anchor=\"end\">218: majority</text>\n");
        for (SpecialResult s : specials) {
            s.overPerformance().ifPresent(o -> marker(svg, o.doubleValue(), s.name()));
        }
        line(svg, curve, true, lowSeat, highSeat);
        line(svg, curve, false, lowSeat, highSeat);
        return svg.raw("</svg>\n").toString();
    }

    /** What each line is, above the plot. */
    private static void legend(Html svg) {
        svg.raw("<line x1=\"" + Html.num(LEFT) + "\" y1=\"10\" x2=\"" + Html.num(LEFT + 22) + "\" y2=\"10\""
                + " class=\"expected\"/><text x=\"" + Html.num(LEFT + 26) + "\" y=\"15\" class=\"small\">expected</text>\n");
        svg.raw("<line x1=\"" + Html.num(LEFT + 110) + "\" y1=\"10\" x2=\"" + Html.num(LEFT + 132) + "\" y2=\"10\""
                + " class=\"uniform\"/><text x=\"" + Html.num(LEFT + 136) + "\" y=\"15\" class=\"small\">uniform swing"
                + "</text>\n");
        svg.raw("<line x1=\"" + Html.num(LEFT) + "\" y1=\"28\" x2=\"" + Html.num(LEFT + 22) + "\" y2=\"28\""
                + " class=\"marker\"/><text x=\"" + Html.num(LEFT + 26) + "\" y=\"33\" class=\"small\">a special's"
                + " implied environment</text>\n");
    }

    private static void marker(Html svg, double environment, String name) {
        double e = Math.max(-15, Math.min(15, environment));
        svg.raw("<line x1=\"" + Html.num(x(e)) + "\" y1=\"" + Html.num(TOP) + "\" x2=\"" + Html.num(x(e))
                + "\" y2=\"" + Html.num(H - BOTTOM) + "\" class=\"marker\"><title>").text(name)
                .raw("</title></line>\n");
    }

    private static void line(Html svg, List<SeatPoint> curve, boolean expected, double low, double high) {
        StringBuilder points = new StringBuilder();
        for (SeatPoint p : curve) {
            double seats = expected ? p.expectedRepublican() : p.uniformRepublican();
            points.append(points.isEmpty() ? "" : " ").append(Html.num(x(p.environment()))).append(',')
                    .append(Html.num(y(seats, low, high)));
        }
        svg.raw("<polyline points=\"" + points + "\" class=\"" + (expected ? "expected" : "uniform") + "\"/>\n");
    }

    private static double x(double environment) {
        return LEFT + (environment + 15) / 30 * (W - LEFT - 22);
    }

    private static double y(double seats, double low, double high) {
        return TOP + (high - seats) / (high - low) * (H - TOP - BOTTOM);
    }
}
