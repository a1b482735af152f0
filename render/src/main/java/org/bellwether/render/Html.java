package org.bellwether.render;

import java.util.List;
import java.util.Locale;

/** Builds HTML and SVG text: escaping, and numbers written with a fixed number of decimals in any locale. */
public final class Html {

    /** More columns than this do not fit a laptop's screen side by side. */
    static final int WIDE = 9;

    /** An empty builder: markup is appended to it and read back with {@link #toString()}. */
    public Html() {
        // nothing written yet
    }

    private final StringBuilder out = new StringBuilder();

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A coordinate or size to one decimal, never in exponent form, so the SVG is byte-stable. */
    public static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public Html raw(String text) {
        out.append(text);
        return this;
    }

    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    public Html element(String tag, String attributes, String text) {
        out.append('<').append(tag).append(attributes.isEmpty() ? "" : " " + attributes).append('>')
                .append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * A table of cells as their text, figures right-aligned. Each cell carries its column's name
     * ({@code data-label}), so that on a narrow screen the page's style can stack a row's cells under their names
     * instead of making the table wider than the screen; a table of more than {@value #WIDE} columns stacks on
     * every screen.
     */
    public Html table(Table table) {
        out.append(table.columns().size() > WIDE ? "<table class=\"data wide\" id=\"" : "<table class=\"data\" id=\"").append(escape(table.id())).append("\">\n<thead><tr>");
        for (String c : table.columns()) {
            out.append("<th>").append(escape(c)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell c = row.get(i);
                out.append("<td data-label=\"").append(escape(table.columns().get(i))).append('"')
                        .append(c.number().isPresent() ? " class=\"n\">" : ">").append(escape(c.text()))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        for (String note : table.notes()) {
            element("p", "class=\"note\"", note);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
