package org.bellwether.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCardTest {

    private static final List<ResultCard.Row> RUNOFF = List.of(
            new ResultCard.Row("Karen Handel", "R", 134_799, ResultCard.Mark.ELECTED),
            new ResultCard.Row("Jon Ossoff", "D", 125_517, ResultCard.Mark.NONE));

    @Test
    void marksTheWinnerAndGivesEachShareToOneDecimal() {
        String html = ResultCard.html("result-runoff", "GA-06 runoff", "2017-06-20", RUNOFF, "Handel won.");
        assertThat(html).contains("<section class=\"result\" id=\"result-runoff\">",
                "<tr class=\"win\"><td>\u2713 Karen Handel (R) <span class=\"tag\">elected</span></td>"
                        + "<td class=\"n\">134,799</td>",
                "style=\"width:51.8%\"></span></span>51.8%", "<tr><td>Jon Ossoff (D)</td><td class=\"n\">125,517</td>",
                "48.2%", "<p class=\"outcome\">Handel won.</p>");
    }

    @Test
    void candidatesBeyondTheFirstFiveFoldIntoAList() {
        List<ResultCard.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add(new ResultCard.Row("C" + i, "", 100 - i, i < 2 ? ResultCard.Mark.ADVANCES : ResultCard.Mark.NONE));
        }
        String html = ResultCard.html("r", "round 1", "", rows, "No majority.");
        assertThat(html).contains("<details><summary>3 more candidates</summary>", "to the runoff");
        assertThat(html.indexOf("C5")).isGreaterThan(html.indexOf("<details>"));
        assertThat(html.indexOf("C4")).isLessThan(html.indexOf("<details>"));
    }

    @Test
    void sharesRoundHalfToEven() {
        assertThat(ResultCard.share(1, 8)).isEqualTo("12.5");
        assertThat(ResultCard.share(1, 16)).isEqualTo("6.2"); // 6.25 rounds to the even 6.2
        assertThat(ResultCard.share(0, 0)).isEqualTo("0.0");
    }
}
