package org.bellwether.render;

import java.util.List;

/**
 * The self-contained HTML report: inline CSS and SVG, no script and nothing fetched. Laid out for a phone first:
 * the viewport is set, charts scale to the width (their text is at least 12 px on a 390 px screen, and they stop
 * growing at 600 px), and on a narrow screen each table row stacks its cells under their column names, so no
 * table is wider than the screen. The answer comes first, then the contents (a link to each section).
 * Provenance (method, inputs with SHA-256, version) closes the page, folded.
 */
public final class ReportPage {

    private static final String CSS = "body{font:16px/1.45 system-ui,sans-serif;margin:0;color:#222}"
            + "main{max-width:1040px;margin:auto;padding:12px}h1{font-size:1.55em;line-height:1.2}"
            + "h2{font-size:1.25em;margin-top:1.8em;border-bottom:2px solid #eee}h3{font-size:1.05em;margin:.2em 0}"
            + ".lede{font-size:1.1em}.toc{display:flex;flex-wrap:wrap;gap:.3em 1.1em;font-size:.95em}"
            + ".toc a{color:#245}.date{color:#666;font-weight:normal;font-size:.9em}"
            + "svg{width:100%;max-width:540px;height:auto;display:block;margin:.5em 0}"
            + "svg#precinct-map{max-width:760px}"
            + "table{border-collapse:collapse;font-size:.9em;margin:.4em 0}td,th{padding:3px 6px;"
            + "border-bottom:1px solid #ddd;text-align:left;vertical-align:top}th{font-weight:600}"
            + "td.n{text-align:right;white-space:nowrap}.note{font-size:.85em;color:#555;margin:.3em 0}"
            + ".results{width:100%;max-width:600px}.results td.share{white-space:nowrap}"
            + ".track{display:inline-block;width:3.5em;margin-right:.3em;vertical-align:middle}"
            + ".bar{display:block;height:.8em}"
            + ".bar.rep,.key.rep{background:#d43d3d}.bar.dem,.key.dem{background:#3d6fd4}.bar.oth{background:#999}"
            + "tr.win td:first-child{font-weight:600}.tag{font-size:.86em;background:#eee;border-radius:4px;padding:0 4px;"
            + "font-weight:normal}.outcome{margin:.2em 0 .4em}"
            + ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px}"
            + ".result{border:1px solid #ddd;border-radius:8px;padding:8px 12px}"
            + ".rep{fill:#d43d3d}.dem{fill:#3d6fd4}.oth{fill:#999}.soft{fill-opacity:.55}.axis{stroke:#333}"
            + ".grid{stroke:#ddd}.small{font-size:14px;fill:#333}.label{font-size:15px;fill:#222}"
            + ".inbar{font-size:14px;fill:#fff}.majority{stroke:#333;stroke-dasharray:2 3}.marker{stroke:#7a4;"
            + "stroke-width:2}.expected{fill:none;stroke:#d43d3d;stroke-width:2.5}.uniform{fill:none;stroke:#888;"
            + "stroke-dasharray:5 4}.bracket{fill:none;stroke:#333}.mean{stroke:#222;stroke-width:1.5}"
            + ".median{stroke:#222;stroke-dasharray:4 3}.pin{fill:#f5b400;stroke:#222}.band{fill:#3d6fd4;"
            + "fill-opacity:.2}.path{fill:none;stroke:#3d6fd4;stroke-width:2.5}.pathdot{fill:#3d6fd4}"
            + "#precinct-map path{stroke:#fff;stroke-width:.4}#precinct-map path.county{fill:none;stroke:#222;"
            + "stroke-width:1.6}.place{font-size:24px;font-weight:600;fill:#111;stroke:#fff;stroke-width:4px;"
            + "paint-order:stroke}.key{display:inline-block;width:1em;height:1em;vertical-align:middle;"
            + "border:1px solid #999}.legend{font-size:.9em}details{margin:.6em 0}summary{cursor:pointer;"
            + "color:#245}ul.inputs{font-size:.8em;padding-left:1em;overflow-wrap:anywhere}"
            + "@media (max-width:640px){" + stacked("data") + "}" + stacked("wide");

    /** The style that stacks each row's cells under their column names, for tables of class {@code css}. */
    private static String stacked(String css) {
        return "table." + css + ",table." + css + " tbody,table." + css + " tr,table." + css + " td{display:block}table." + css + " thead{display:none}table." + css + " tr{border-bottom:2px solid #ccc;padding:4px 0}table." + css + " td{border:0;padding:1px 0;text-align:left}table." + css + " td.n{text-align:left}table." + css + " td::before{content:attr(data-label) \": \";color:#666}table." + css + " td:empty{display:none}";
    }

    /** The title and the answer, before the contents. */
    private final Html head = new Html();
    private final Html html = new Html();
    private final java.util.Map<String, String> contents = new java.util.LinkedHashMap<>();

    public ReportPage(String title) {
        head.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", "", title).raw("<style>" + CSS + "</style>\n</head>\n<body>\n<main>\n")
                .element("h1", "", title);
    }

    /** The page's answer in a paragraph, before any detail. */
    public ReportPage lede(String id, String text) {
        head.element("p", "class=\"lede\" id=\"" + Html.escape(id) + "\"", text);
        return this;
    }

    /** A section, listed in the contents under the answer; its id is the heading in lower case, words joined by '-'. */
    public ReportPage section(String heading, String intro) {
        heading(heading);
        if (!intro.isEmpty()) {
            html.element("p", "", intro);
        }
        return this;
    }

    /** Result cards side by side where the screen allows, one under another on a phone. */
    public ReportPage cards(List<String> cards) {
        html.raw("<div class=\"cards\">\n");
        cards.forEach(html::raw);
        html.raw("</div>\n");
        return this;
    }

    public ReportPage svg(String svg) {
        html.raw(svg);
        return this;
    }

    /** Markup built elsewhere in this package (a legend). */
    public ReportPage raw(String markup) {
        html.raw(markup);
        return this;
    }

    public ReportPage table(Table table) {
        html.table(table);
        return this;
    }

    /** A table folded under a summary line a reader can open. */
    public ReportPage folded(String summary, Table table) {
        html.raw("<details><summary>").text(summary).raw("</summary>\n").table(table).raw("</details>\n");
        return this;
    }

    public ReportPage note(String text) {
        html.element("p", "class=\"note\"", text);
        return this;
    }

    /** The method in sentences, every input file with its SHA-256, the software version: folded at the end. */
    public ReportPage footer(List<String> method, List<Source> inputs, String version) {
        heading("About these figures");
        html.raw("<details id=\"provenance\"><summary>Method, the " + inputs.size()
                + " input files with their SHA-256, and the software version</summary>\n");
        for (String n : method) {
            note(n);
        }
        html.raw("<ul class=\"inputs\">\n");
        for (Source f : inputs) {
            html.element("li", "", f.sha256() + "  " + f.path());
        }
        html.raw("</ul>\n").element("p", "class=\"note\"", "Made by Bellwether " + version + ".")
                .raw("</details>\n");
        return this;
    }

    /** An input file as the user named it, and its SHA-256 in hex. */
    public record Source(String path, String sha256) {
    }

    private void heading(String heading) {
        String id = heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        contents.put(id, heading);
        html.element("h2", "id=\"" + Html.escape(id) + "\"", heading);
    }

    @Override
    public String toString() {
        Html nav = new Html().raw("<nav class=\"toc\" aria-label=\"Contents\">");
        contents.forEach((id, heading) -> nav.raw("<a href=\"#" + Html.escape(id) + "\">").text(heading).raw("</a>"));
        return head + nav.raw("</nav>\n").toString() + html + "</main>\n</body>\n</html>\n";
    }
}
