package org.bellwether.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Html.escape("<b>\"O'Neil\" & Sons</b>")).isEqualTo("&lt;b&gt;&quot;O'Neil&quot; &amp; Sons&lt;/b&gt;");
    }

    @Test
    void writesNumbersWithOneDecimalWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Html.num(1234.56)).isEqualTo("1234.6");
            assertThat(Html.num(1e-9)).isEqualTo("0.0");
            assertThat(Html.num(-0.04)).isEqualTo("-0.0");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void tableRightAlignsFiguresLabelsEachCellAndEscapesText() {
        Table t = new Table("t<1>", "T", List.of("special", "votes"),
                List.of(List.of(Cell.text("GA-06 & co"), Cell.count(260_316))), List.of("a note"));
        assertThat(new Html().table(t).toString()).isEqualTo("<table class=\"data\" id=\"t&lt;1&gt;\">\n"
                + "<thead><tr><th>special</th><th>votes</th></tr></thead>\n<tbody>\n<tr><td data-label=\"special\">"
                + "GA-06 &amp; co</td><td data-label=\"votes\" class=\"n\">260,316</td></tr>\n</tbody></table>\n"
                + "<p class=\"note\">a note</p>\n");
    }
}
