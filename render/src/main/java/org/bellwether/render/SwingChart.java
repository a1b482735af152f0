package org.bellwether.render;

import java.util.List;
import org.bellwether.analysis.Points;
import org.bellwether.analysis.specials.SpecialResult;
import org.hipparchus.fraction.BigFraction;

/**
 * Swing bars per special: the swing from a baseline and the over-performance against partisan lean, as
 * horizontal bars from a zero line; left (blue) is toward the Democrats, right (red) toward the Republicans.
 */
public final class SwingChart {

    private static final double WIDTH = 400;
    private static final double LABEL = 112;
    private static final double ROW = 26;
    private static final double SCALE = 25; // points at the chart's edge

    private SwingChart() {
    }

    public static String svg(List<SpecialResult> specials, String baseline) {
        double height = 84 + specials.size() * ROW * 2.6;
        // Each special has two bars: the upper is the swing from the baseline, the lower the over-performance.
        double zero = LABEL + (WIDTH - LABEL) / 2;
        Html svg = new Html().raw("<svg id=\"swing-bars\" viewBox=\"0 0 " + Html.num(WIDTH) + " " + Html.num(height)
                + "\" role=\"img\" aria-label=\"Swing and over-performance per special\">\n");
        svg.raw("<line x1=\"" + Html.num(zero) + "\" y1=\"20\" x2=\"" + Html.num(zero) + "\" y2=\""
                + Html.num(height - 54) + "\" class=\"axis\"/>\n");
        // The legend: the upper bar's swatch is solid, the lower's lighter, as the bars are drawn.
        svg.raw("<rect x=\"0\" y=\"" + Html.num(height - 42) + "\" width=\"14\" height=\"14\" class=\"dem\"/>"
                + "<text x=\"20\" y=\"" + Html.num(height - 30) + "\" class=\"small\">").text("upper bar: swing from "
                        + baseline).raw("</text>\n<rect x=\"0\" y=\"" + Html.num(height - 20) + "\" width=\"14\""
                        + " height=\"14\" class=\"dem soft\"/><text x=\"20\" y=\"" + Html.num(height - 8)
                        + "\" class=\"small\">lower bar: against the district's partisan lean</text>\n");
        svg.raw("<text x=\"" + Html.num(LABEL) + "\" y=\"16\" class=\"small\">&#8592; toward D</text>\n");
        svg.raw("<text x=\"" + Html.num(WIDTH) + "\" y=\"16\" class=\"small\" text-anchor=\"end\">toward R &#8594;"
                + "</text>\n");
        double y = 30;
        for (SpecialResult s : specials) {
            svg.raw("<text x=\"0\" y=\"" + Html.num(y + 16) + "\" class=\"label\">").text(s.name()).raw("</text>\n");
            bar(svg, zero, y, s.swingFrom(baseline).orElse(null), "swing from " + baseline, "");
            bar(svg, zero, y + ROW, s.overPerformance().orElse(null), "vs partisan lean", " soft");
            y += ROW * 2.6;
        }
        return svg.raw("</svg>\n").toString();
    }

    private static void bar(Html svg, double zero, double y, BigFraction points, String what, String shade) {
        if (points == null) {
            return;
        }
        double value = points.doubleValue();
        double half = (WIDTH - LABEL) / 2;
        double length = Math.min(half, Math.abs(value) / SCALE * half);
        double x = value < 0 ? zero - length : zero;
        String text = Points.signed(points.divide(100), 2);
        svg.raw("<rect x=\"" + Html.num(x) + "\" y=\"" + Html.num(y + 4) + "\" width=\"" + Html.num(length)
                + "\" height=\"" + Html.num(ROW - 8) + "\" class=\"" + (value < 0 ? "dem" : "rep") + shade + "\"><title>")
                .text(what + ": " + text).raw("</title></rect>\n");
        // The label sits on the other side of the zero line, where the bar leaves room.
        double tx = value < 0 ? zero + 4 : zero - 4;
        svg.raw("<text x=\"" + Html.num(tx) + "\" y=\"" + Html.num(y + ROW / 2 + 5) + "\" class=\"small\""
                + (value < 0 ? "" : " text-anchor=\"end\"") + ">").text(text).raw("</text>\n");
    }
}
