package org.bellwether.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bellwether.analysis.Points;
import org.hipparchus.fraction.BigFraction;

/**
 * A precinct map coloured by swing. Longitude and latitude are projected equirectangularly, longitude scaled by
 * cos(mean latitude) so that shapes keep their proportions at Atlanta's latitude; points are rounded to a tenth
 * of a unit and repeats dropped. Colour: blue toward the Democrats, red toward the Republicans, darker with size,
 * full at {@value #FULL} points; grey where a shape has no matched precinct. County lines are the edges of a
 * county's shapes that no other shape of the same county shares (shared edges have the same rounded points on
 * both sides); each county is named at the centre of its points.
 */
public final class PrecinctMap {

    public static final double FULL = 10;
    private static final double WIDTH = 640;

    private PrecinctMap() {
    }

    /** @param swings a shape's index to its precinct's swing (a fraction of 1) and name */
    public static String svg(List<Shape> features, Map<Integer, Shade> swings) {
        Map<Integer, Fill> fills = new java.util.HashMap<>();
        swings.forEach((i, s) -> fills.put(i, new Fill(colour(s.swing().doubleValue() * 100), s.name() + ": "
                + Points.signed(s.swing(), 2))));
        return svg("precinct-map", "Swing by precinct", outlines(features), fills,
                new Fill("#cccccc", "no matched precinct"));
    }

    /**
     * Shapes filled as {@code fills} says, each with its tooltip (a shape with no fill gets {@code otherwise}), then
     * the county lines and names, from outlines drawn once: a live map redraws only its fills.
     *
     * @param id    the SVG element's id
     * @param label what the map shows, for screen readers
     */
    public static String svg(String id, String label, Outlines outlines, Map<Integer, Fill> fills, Fill otherwise) {
        Html svg = new Html().raw("<svg id=\"" + Html.escape(id) + "\" viewBox=\"" + outlines.viewBox()
                + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\">\n");
        for (int i = 0; i < outlines.paths().size(); i++) {
            Fill f = fills.getOrDefault(i, otherwise);
            svg.raw("<path d=\"" + outlines.paths().get(i) + "\" fill=\"" + f.colour() + "\"><title>").text(f.title())
                    .raw("</title></path>\n");
        }
        return svg.raw(outlines.counties()).raw("</svg>\n").toString();
    }

    /**
     * The shapes projected and written as SVG path data, the view box that holds them, and the county lines and
     * names as SVG elements.
     */
    public record Outlines(String viewBox, List<String> paths, String counties) {
        public Outlines {
            java.util.Objects.requireNonNull(viewBox, "view box");
            paths = List.copyOf(paths);
            java.util.Objects.requireNonNull(counties, "counties");
        }
    }

    public static Outlines outlines(List<Shape> features) {
        double[] box = box(features);
        double kx = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
        double scale = WIDTH / ((box[2] - box[0]) * kx);
        double height = (box[3] - box[1]) * scale;
        List<String> paths = new ArrayList<>();
        for (Shape f : features) {
            paths.add(path(f, box, kx, scale));
        }
        Html counties = new Html();
        Map<String, List<Shape>> groups = new java.util.TreeMap<>();
        features.stream().filter(f -> !f.group().isEmpty()).forEach(f -> groups.computeIfAbsent(f.group(),
                k -> new ArrayList<>()).add(f));
        groups.values().forEach(g -> counties.raw("<path d=\"" + outline(g, box, kx, scale)
                + "\" class=\"county\"/>\n"));
        groups.forEach((name, g) -> label(counties, name, g, box, kx, scale));
        return new Outlines("0 0 " + Html.num(WIDTH) + " " + Html.num(height), paths, counties.toString());
    }

    /** A shape's colour ({@code #rrggbb}) and tooltip. */
    public record Fill(String colour, String title) {
        public Fill {
            java.util.Objects.requireNonNull(colour, "colour");
            java.util.Objects.requireNonNull(title, "title");
        }
    }

    /** Red for a Republican lead, blue for a Democratic one, grey for another party's; darker with the margin. */
    public static String leadColour(String party, double marginPoints) {
        double t = Math.min(1, Math.abs(marginPoints) / (2 * FULL));
        int fade = (int) Math.round(235 - 185 * t);
        String p = party.toUpperCase(java.util.Locale.ROOT);
        return p.startsWith("REP") ? String.format(java.util.Locale.ROOT, "#%02x%02x%02x", 240, fade, fade)
                : p.startsWith("DEM") ? String.format(java.util.Locale.ROOT, "#%02x%02x%02x", fade, fade, 240)
                : String.format(java.util.Locale.ROOT, "#%02x%02x%02x", fade, fade, fade);
    }

    /** The legend, as HTML: the colour of a swing of −10, −5, 0, +5 and +10 points, and grey. */
    public static String legend() {
        Html h = new Html().raw("<p class=\"legend\" id=\"map-legend\">");
        for (int p = -10; p <= 10; p += 5) {
            h.raw("<span class=\"key\" style=\"background:" + colour(p) + "\"></span> ")
                    .text(p == 0 ? "even" : (p < 0 ? "D+" : "R+") + Math.abs(p) + (Math.abs(p) == FULL ? " or more" : ""))
                    .raw(" ");
        }
        return h.raw("<span class=\"key\" style=\"background:#cccccc\"></span> no matched precinct; "
                + "lines: county borders</p>\n").toString();
    }

    /**
     * The swing colours' key as a small SVG (the live page allows no inline styles): swings of D+10, D+5, even,
     * R+5 and R+10 points.
     */
    public static String swingKey() {
        Html svg = new Html().raw("<svg class=\"key\" viewBox=\"0 0 400 22\" role=\"img\" aria-label=\"Swing colours\">");
        for (int p = -10, x = 0; p <= 10; p += 5, x += 80) {
            svg.raw("<rect x=\"" + x + "\" y=\"2\" width=\"16\" height=\"16\" fill=\"" + colour(p) + "\"/>")
                    .raw("<text x=\"" + (x + 20) + "\" y=\"15\" class=\"place\">")
                    .text(p == 0 ? "even" : (p < 0 ? "D+" : "R+") + Math.abs(p)).raw("</text>");
        }
        return svg.raw("</svg>\n").toString();
    }

    private static String outline(List<Shape> shapes, double[] box, double kx, double scale) {
        Map<String, Integer> edges = new java.util.LinkedHashMap<>();
        for (Shape s : shapes) {
            for (List<double[]> ring : s.rings()) {
                for (int i = 1; i < ring.size(); i++) {
                    String a = xy(ring.get(i - 1), box, kx, scale);
                    String b = xy(ring.get(i), box, kx, scale);
                    if (!a.equals(b)) {
                        edges.merge(a.compareTo(b) < 0 ? a + "L" + b : b + "L" + a, 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder d = new StringBuilder();
        edges.forEach((edge, count) -> {
            if (count == 1) {
                d.append('M').append(edge);
            }
        });
        return d.toString();
    }

    private static void label(Html svg, String name, List<Shape> shapes, double[] box, double kx, double scale) {
        double sx = 0;
        double sy = 0;
        long n = 0;
        for (Shape s : shapes) {
            for (List<double[]> ring : s.rings()) {
                for (double[] p : ring) {
                    sx += (p[0] - box[0]) * kx * scale;
                    sy += (box[3] - p[1]) * scale;
                    n++;
                }
            }
        }
        svg.raw("<text x=\"" + Html.num(sx / n) + "\" y=\"" + Html.num(sy / n) + "\" class=\"place\""
                + " text-anchor=\"middle\">").text(name).raw("</text>\n");
    }

    private static String xy(double[] p, double[] box, double kx, double scale) {
        return Html.num((p[0] - box[0]) * kx * scale) + " " + Html.num((box[3] - p[1]) * scale);
    }

    /**
     * A shape's polygons: outer rings and holes alike, each ring a list of [longitude, latitude] points.
     *
     * @param group the county (or other area) it lies in, outlined and named on the map; empty for none
     */
    public record Shape(String group, List<List<double[]>> rings) {

        public Shape {
            java.util.Objects.requireNonNull(group, "group");
            rings = rings.stream().map(List::copyOf).toList();
        }
    }

    /** A precinct's name and its swing. */
    public record Shade(String name, BigFraction swing) {
    }

    public static String colour(double points) {
        double t = Math.min(1, Math.abs(points) / FULL);
        int fade = (int) Math.round(240 - 200 * t);
        return points < 0 ? String.format(java.util.Locale.ROOT, "#%02x%02x%02x", fade, fade, 240)
                : String.format(java.util.Locale.ROOT, "#%02x%02x%02x", 240, fade, fade);
    }

    private static String path(Shape f, double[] box, double kx, double scale) {
        StringBuilder d = new StringBuilder();
        for (List<double[]> ring : f.rings()) {
            List<String> points = new ArrayList<>();
            for (double[] p : ring) {
                String xy = xy(p, box, kx, scale);
                if (points.isEmpty() || !points.get(points.size() - 1).equals(xy)) {
                    points.add(xy);
                }
            }
            d.append('M').append(String.join("L", points)).append('Z');
        }
        return d.toString();
    }

    /** min longitude, min latitude, max longitude, max latitude. */
    private static double[] box(List<Shape> features) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Shape f : features) {
            for (List<double[]> ring : f.rings()) {
                for (double[] p : ring) {
                    box[0] = Math.min(box[0], p[0]);
                    box[1] = Math.min(box[1], p[1]);
                    box[2] = Math.max(box[2], p[0]);
                    box[3] = Math.max(box[3], p[1]);
                }
            }
        }
        return box;
    }
}
