package org.bellwether.render;

import java.util.List;
import java.util.Objects;

/**
 * The forecast as specials accumulate: the national environment the specials held by each day imply, with its 80%
 * interval as a band, against the election day of each estimate. Democrats are up (negative R − D is drawn above
 * the even line), as the page's other charts put Democrats first.
 */
public final class ForecastPathChart {

    private static final double W = 400;
    private static final double H = 260;
    private static final double LEFT = 44;
    private static final double RIGHT = 12;
    private static final double TOP = 14;
    private static final double BOTTOM = 44;

    private ForecastPathChart() {
    }

    /**
     * @param date  the cut-off as text ({@code 2017-06-30})
     * @param day   the cut-off as a day number, for spacing
     * @param mean  the environment, R − D points
     * @param low   80% interval, lower end
     * @param high  80% interval, upper end
     */
    public record Point(String date, long day, double mean, double low, double high) {
        public Point {
            Objects.requireNonNull(date, "date");
        }
    }

    public static String svg(List<Point> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no forecast to draw");
        }
        double top = Math.max(0, points.stream().mapToDouble(Point::high).max().orElse(0));
        double bottom = Math.min(0, points.stream().mapToDouble(Point::low).min().orElse(0));
        top = Math.ceil(top / 5) * 5;
        bottom = Math.floor(bottom / 5) * 5;
        long first = points.get(0).day();
        long last = Math.max(first + 1, points.get(points.size() - 1).day());
        CycleChart.Scale x = new CycleChart.Scale(first, last, LEFT, W - RIGHT);
        // R − D grows downwards: Democratic environments sit high on the chart
        CycleChart.Scale y = new CycleChart.Scale(bottom, top, TOP, H - BOTTOM);
        Html svg = new Html().raw("<svg id=\"forecast-path\" viewBox=\"0 0 " + Html.num(W) + " " + Html.num(H)
                + "\" role=\"img\" aria-label=\"National environment forecast by date\">\n");
        StringBuilder band = new StringBuilder();
        points.forEach(p -> band.append(band.isEmpty() ? "" : " ").append(Html.num(x.at(p.day()))).append(',')
                .append(Html.num(y.at(p.low()))));
        for (int i = points.size() - 1; i >= 0; i--) {
            band.append(' ').append(Html.num(x.at(points.get(i).day()))).append(',')
                    .append(Html.num(y.at(points.get(i).high())));
        }
        svg.raw("<polygon points=\"" + band + "\" class=\"band\"/>\n");
        for (double v = bottom; v <= top; v += 5) {
            svg.raw("<line x1=\"" + Html.num(LEFT) + "\" y1=\"" + Html.num(y.at(v)) + "\" x2=\"" + Html.num(W - RIGHT)
                    + "\" y2=\"" + Html.num(y.at(v)) + "\" class=\"" + (v == 0 ? "axis" : "grid") + "\"/>\n")
                    .raw("<text x=\"" + Html.num(LEFT - 4) + "\" y=\"" + Html.num(y.at(v) + 5) + "\" class=\"small\""
                            + " text-anchor=\"end\">" + Html.escape(v == 0 ? "even" : CycleChart.signed(v)
                                    .replace(".0", "")) + "</text>\n");
        }
        StringBuilder line = new StringBuilder();
        points.forEach(p -> line.append(line.isEmpty() ? "" : " ").append(Html.num(x.at(p.day()))).append(',')
                .append(Html.num(y.at(p.mean()))));
        svg.raw("<polyline points=\"" + line + "\" class=\"path\"/>\n");
        for (Point p : points) {
            svg.raw("<circle cx=\"" + Html.num(x.at(p.day())) + "\" cy=\"" + Html.num(y.at(p.mean()))
                    + "\" r=\"3\" class=\"pathdot\"><title>").text(p.date() + ": " + CycleChart.signed(p.mean())
                            + " (80%: " + CycleChart.signed(p.low()) + " to " + CycleChart.signed(p.high()) + ")")
                    .raw("</title></circle>\n");
        }
        Point a = points.get(0);
        Point b = points.get(points.size() - 1);
        svg.raw("<text x=\"" + Html.num(LEFT) + "\" y=\"" + Html.num(H - BOTTOM + 18) + "\" class=\"small\">")
                .text(a.date()).raw("</text>\n<text x=\"" + Html.num(W - RIGHT) + "\" y=\"" + Html.num(H - BOTTOM + 18)
                        + "\" class=\"small\" text-anchor=\"end\">").text(b.date()).raw("</text>\n");
        svg.raw("<text x=\"" + Html.num((LEFT + W) / 2) + "\" y=\"" + Html.num(H - 6) + "\" class=\"small\""
                + " text-anchor=\"middle\">specials held by each date</text>\n");
        return svg.raw("</svg>\n").toString();
    }
}
