package org.bellwether.render;

import java.util.List;

/**
 * The self-contained HTML report: inline CSS and SVG, no script and nothing fetched, readable on a phone (the
 * viewport is set, charts scale to the width, wide tables scroll sideways).
 */
public final class ReportPage {

    private static final String CSS = "body{font:16px/1.45 system-ui,sans-serif;margin:0;color:#222}"
            + "main{max-width:860px;margin:auto;padding:12px}h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}"
            + "svg{width:100%;height:auto;display:block}.scroll{overflow-x:auto}"
            + "table{border-collapse:collapse;font-size:.85em}td,th{padding:2px 6px;border-bottom:1px solid #ddd;"
            + "white-space:nowrap}td.n{text-align:right}.note{font-size:.85em;color:#555;margin:.3em 0}"
            + ".rep{fill:#d43d3d}.dem{fill:#3d6fd4}.oth{fill:#999}.axis{stroke:#333}"
            + ".small{font-size:16px;fill:#333}.label{font-size:18px;fill:#222}.inbar{font-size:16px;fill:#fff}"
            + ".majority{stroke:#333;stroke-dasharray:2 3}.marker{stroke:#7a4;stroke-width:2}"
            + ".expected{fill:none;stroke:#d43d3d;stroke-width:2.5}.uniform{fill:none;stroke:#888;"
            + "stroke-dasharray:5 4}.bracket{fill:none;stroke:#333}#precinct-map path{stroke:#fff;stroke-width:.4}"
            + ".key{display:inline-block;width:1em;height:1em;vertical-align:middle}"
            + ".headline{font-size:1.1em;background:#f4f4f4;padding:8px 12px;border-radius:6px}";

    private final Html html = new Html();

    public ReportPage(String title) {
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", "", title).raw("<style>" + CSS + "</style>\n</head>\n<body>\n<main>\n")
                .element("h1", "", title);
    }

    public ReportPage headline(String id, String text) {
        html.element("p", "class=\"headline\" id=\"" + Html.escape(id) + "\"", text);
        return this;
    }

    public ReportPage section(String heading, String intro) {
        html.element("h2", "", heading);
        if (!intro.isEmpty()) {
            html.element("p", "", intro);
        }
        return this;
    }

    public ReportPage svg(String svg) {
        html.raw(svg);
        return this;
    }

    public ReportPage table(Table table) {
        html.table(table);
        return this;
    }

    public ReportPage note(String text) {
        html.element("p", "class=\"note\"", text);
        return this;
    }

    /** The method in sentences, then every input file with its SHA-256, then the software version. */
    public ReportPage footer(List<String> method, List<Source> inputs, String version) {
        section("Method", "");
        for (String n : method) {
            note(n);
        }
        section("Inputs", "Every figure above is computed from these files (SHA-256).");
        html.raw("<div class=\"scroll\"><ul class=\"note\">\n");
        for (Source f : inputs) {
            html.element("li", "", f.sha256() + "  " + f.path());
        }
        html.raw("</ul></div>\n").element("p", "class=\"note\"", "Made by Bellwether " + version + ".");
        return this;
    }

    /** An input file as the user named it, and its SHA-256 in hex. */
    public record Source(String path, String sha256) {
    }

    @Override
    public String toString() {
        return html + "</main>\n</body>\n</html>\n";
    }

    public static List<String> legend() {
        return List.of("blue: toward the Democrats; red: toward the Republicans; full colour at "
                + (int) PrecinctMap.FULL + " points; grey: no matched precinct");
    }
}
