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
 * full at {@value #FULL} points; grey where a shape has no matched precinct.
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
        return svg("precinct-map", "Swing by precinct", features, fills, new Fill("#cccccc", "no matched precinct"));
    }

    /**
     * Shapes filled as {@code fills} says, each with its tooltip; a shape with no fill gets {@code otherwise}.
     *
     * @param id    the SVG element's id
     * @param label what the map shows, for screen readers
     */
    public static String svg(String id, String label, List<Shape> features, Map<Integer, Fill> fills,
            Fill otherwise) {
        return svg(id, label, outlines(features), fills, otherwise);
    }

    /** The same, from outlines drawn once: a live map redraws only its fills. */
    public static String svg(String id, String label, Outlines outlines, Map<Integer, Fill> fills, Fill otherwise) {
        Html svg = new Html().raw("<svg id=\"" + Html.escape(id) + "\" viewBox=\"" + outlines.viewBox()
                + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\">\n");
        for (int i = 0; i < outlines.paths().size(); i++) {
            Fill f = fills.getOrDefault(i, otherwise);
            svg.raw("<path d=\"" + outlines.paths().get(i) + "\" fill=\"" + f.colour() + "\"><title>").text(f.title())
                    .raw("</title></path>\n");
        }
        return svg.raw("</svg>\n").toString();
    }

    /** The shapes projected and written as SVG path data, with the view box that holds them. */
    public record Outlines(String viewBox, List<String> paths) {
        public Outlines {
            java.util.Objects.requireNonNull(viewBox, "view box");
            paths = List.copyOf(paths);
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
        return new Outlines("0 0 " + Html.num(WIDTH) + " " + Html.num(height), paths);
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

    /** A shape's polygons: outer rings and holes alike, each ring a list of [longitude, latitude] points. */
    public record Shape(List<List<double[]>> rings) {

        public Shape {
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
                String xy = Html.num((p[0] - box[0]) * kx * scale) + " " + Html.num((box[3] - p[1]) * scale);
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
