package org.bellwether.render;

import java.util.List;
import java.util.Locale;

/** Builds HTML and SVG text: escaping, and numbers written with a fixed number of decimals in any locale. */
public final class Html {

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

    /** A table of cells as their text, figures right-aligned. */
    public Html table(Table table) {
        out.append("<div class=\"scroll\"><table id=\"").append(escape(table.id())).append("\">\n<tr>");
        for (String c : table.columns()) {
            out.append("<th>").append(escape(c)).append("</th>");
        }
        out.append("</tr>\n");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (Cell c : row) {
                out.append(c.number().isPresent() ? "<td class=\"n\">" : "<td>").append(escape(c.text()))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table></div>\n");
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
