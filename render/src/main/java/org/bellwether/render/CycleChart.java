package org.bellwether.render;

import java.util.List;
import java.util.Objects;

/**
 * The cycle's specials as a histogram of over-performance (R − D points, {@value #BIN}-point bins, Democrats to the
 * left), with the average and the median drawn as lines and named specials marked above their bin.
 */
public final class CycleChart {

    static final double BIN = 5;
    private static final double W = 400;
    private static final double H = 260;
    private static final double LEFT = 30;
    private static final double TOP = 56;
    private static final double BOTTOM = 40;

    private CycleChart() {
    }

    /** A special named on the chart. */
    public record Marked(String name, double environment) {
        public Marked {
            Objects.requireNonNull(name, "name");
        }
    }

    public static String svg(List<Double> environments, List<Marked> marked, double mean, double median) {
        double low = Math.floor(environments.stream().mapToDouble(d -> d).min().orElse(-10) / BIN) * BIN;
        double high = (Math.floor(environments.stream().mapToDouble(d -> d).max().orElse(10) / BIN) + 1) * BIN;
        int bins = (int) Math.round((high - low) / BIN);
        int[] counts = new int[bins];
        environments.forEach(e -> counts[Math.min(bins - 1, (int) Math.floor((e - low) / BIN))]++);
        int most = java.util.Arrays.stream(counts).max().orElse(1);
        Scale x = new Scale(low, high, LEFT, W - 8);
        Html svg = new Html().raw("<svg id=\"cycle-chart\" viewBox=\"0 0 " + Html.num(W) + " " + Html.num(H)
                + "\" role=\"img\" aria-label=\"Over-performance of every special of the cycle\">\n");
        double base = H - BOTTOM;
        for (int i = 0; i < bins; i++) {
            double h = counts[i] * (base - TOP) / most;
            double x0 = x.at(low + i * BIN);
            svg.raw("<rect x=\"" + Html.num(x0 + 0.5) + "\" y=\"" + Html.num(base - h) + "\" width=\""
                    + Html.num(x.at(low + (i + 1) * BIN) - x0 - 1) + "\" height=\"" + Html.num(h) + "\" class=\""
                    + (low + i * BIN < 0 ? "dem" : "rep") + " soft\"><title>")
                    .text(counts[i] + " specials from " + signed(low + i * BIN) + " to " + signed(low + (i + 1) * BIN))
                    .raw("</title></rect>\n");
        }
        axis(svg, x, low, high, base);
        line(svg, x.at(mean), "mean", "average " + signed(mean), TOP - 30);
        line(svg, x.at(median), "median", "median " + signed(median), TOP - 12);
        double y = TOP + 14;
        for (Marked m : marked) {
            double mx = x.at(m.environment());
            svg.raw("<circle cx=\"" + Html.num(mx) + "\" cy=\"" + Html.num(y) + "\" r=\"5\" class=\"pin\"/>\n")
                    .raw("<text x=\"" + Html.num(mx + (mx > W / 2 ? -8 : 8)) + "\" y=\"" + Html.num(y + 5)
                            + "\" class=\"small\"" + (mx > W / 2 ? " text-anchor=\"end\"" : "") + ">")
                    .text(m.name() + " " + signed(m.environment())).raw("</text>\n");
            y += 20;
        }
        return svg.raw("</svg>\n").toString();
    }

    private static void axis(Html svg, Scale x, double low, double high, double base) {
        svg.raw("<line x1=\"" + Html.num(LEFT) + "\" y1=\"" + Html.num(base) + "\" x2=\"" + Html.num(W - 8)
                + "\" y2=\"" + Html.num(base) + "\" class=\"axis\"/>\n");
        double step = (high - low) > 60 ? 20 : 10;
        for (double v = Math.ceil(low / step) * step; v <= high - step / 2; v += step) {
            svg.raw("<text x=\"" + Html.num(x.at(v)) + "\" y=\"" + Html.num(base + 16) + "\" class=\"small\""
                    + " text-anchor=\"" + (v + step > high ? "end" : "middle") + "\">"
                    + Html.escape(v == 0 ? "0" : signed(v).replace(".0", "")) + "</text>\n");
        }
        svg.raw("<text x=\"" + Html.num((LEFT + W) / 2) + "\" y=\"" + Html.num(base + 34) + "\" class=\"small\""
                + " text-anchor=\"middle\">over-performance, R \u2212 D points (left: Democrats)</text>\n");
    }

    private static void line(Html svg, double at, String css, String label, double labelY) {
        svg.raw("<line x1=\"" + Html.num(at) + "\" y1=\"" + Html.num(labelY + 4) + "\" x2=\"" + Html.num(at)
                + "\" y2=\"" + Html.num(H - BOTTOM) + "\" class=\"" + css + "\"/>\n");
        boolean right = at < W / 2;
        svg.raw("<text x=\"" + Html.num(at + (right ? 4 : -4)) + "\" y=\"" + Html.num(labelY) + "\" class=\"small\""
                + (right ? "" : " text-anchor=\"end\"") + ">").text(label).raw("</text>\n");
    }

    /** Points as a reader writes them, from R − D points: {@code D+8.3}, {@code R+2.0}, {@code even}. */
    public static String signedPoints(double rMinusD) {
        return signed(rMinusD);
    }

    static String signed(double rMinusD) {
        double v = Math.abs(rMinusD);
        String n = String.format(java.util.Locale.ROOT, "%.1f", v);
        return n.equals("0.0") ? "even" : (rMinusD < 0 ? "D+" : "R+") + n;
    }

    /** A linear map from values to x. */
    record Scale(double low, double high, double from, double to) {
        double at(double v) {
            return from + (v - low) / (high - low) * (to - from);
        }
    }
}
