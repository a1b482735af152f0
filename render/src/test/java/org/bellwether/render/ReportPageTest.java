package org.bellwether.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPageTest {

    @Test
    void theAnswerComesFirstThenTheContentsThenTheSectionsAndTheFoldedProvenance() {
        String page = new ReportPage("T").lede("lede", "The answer.").section("The results", "")
                .section("What it implies for the House", "").footer(List.of("method"),
                        List.of(new ReportPage.Source("a.csv", "ab12")), "0.1.0").toString();
        assertThat(page).contains("<nav class=\"toc\" aria-label=\"Contents\"><a href=\"#the-results\">The results</a>"
                + "<a href=\"#what-it-implies-for-the-house\">What it implies for the House</a>"
                + "<a href=\"#about-these-figures\">About these figures</a></nav>",
                "<h2 id=\"the-results\">The results</h2>", "<details id=\"provenance\">", "<li>ab12  a.csv</li>");
        assertThat(page.indexOf("The answer.")).isLessThan(page.indexOf("<nav"));
        assertThat(page.indexOf("<nav")).isLessThan(page.indexOf("<h2"));
        assertThat(page).endsWith("</main>\n</body>\n</html>\n");
    }
}
