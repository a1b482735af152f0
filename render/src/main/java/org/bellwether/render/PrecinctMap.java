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
        double[] box = box(features);
        double kx = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
        double scale = WIDTH / ((box[2] - box[0]) * kx);
        double height = (box[3] - box[1]) * scale;
        Html svg = new Html().raw("<svg id=\"precinct-map\" viewBox=\"0 0 " + Html.num(WIDTH) + " "
                + Html.num(height) + "\" role=\"img\" aria-label=\"Swing by precinct\">\n");
        for (int i = 0; i < features.size(); i++) {
            Shade s = swings.get(i);
            svg.raw("<path d=\"" + path(features.get(i), box, kx, scale) + "\" fill=\""
                    + (s == null ? "#cccccc" : colour(s.swing().doubleValue() * 100)) + "\"><title>")
                    .text(s == null ? "no matched precinct" : s.name() + ": " + Points.signed(s.swing(), 2))
                    .raw("</title></path>\n");
        }
        Map<String, List<Shape>> groups = new java.util.TreeMap<>();
        features.stream().filter(f -> !f.group().isEmpty()).forEach(f -> groups.computeIfAbsent(f.group(),
                k -> new ArrayList<>()).add(f));
        groups.values().forEach(g -> svg.raw("<path d=\"" + outline(g, box, kx, scale) + "\" class=\"county\"/>\n"));
        groups.forEach((name, g) -> label(svg, name, g, box, kx, scale));
        return svg.raw("</svg>\n").toString();
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
