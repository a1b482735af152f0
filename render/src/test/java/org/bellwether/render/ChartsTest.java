package org.bellwether.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cycle histogram and the forecast path: their marks, legends and axis text. */
class ChartsTest {

    @Test
    void theCycleChartBinsEverySpecialAndMarksTheAverageMedianAndNamedOnes() {
        String svg = CycleChart.svg(List.of(-23.0, -6.0, -6.0, -1.0, 4.0), List.of(new CycleChart.Marked("GA 6th",
                -6.0)), -6.4, -6.0);
        assertThat(svg).startsWith("<svg id=\"cycle-chart\"");
        // bins of 5 points from D+25 to R+5: -23 alone, -6 twice, -1, 4
        assertThat(svg).contains("<title>1 specials from D+25.0 to D+20.0</title>",
                "<title>2 specials from D+10.0 to D+5.0</title>", "average D+6.4", "median D+6.0", "GA 6th D+6.0",
                "over-performance, R \u2212 D points (left: Democrats)");
    }

    @Test
    void pointsAreWrittenAsReadersWriteThem() {
        assertThat(CycleChart.signedPoints(-8.29)).isEqualTo("D+8.3");
        assertThat(CycleChart.signedPoints(1.6)).isEqualTo("R+1.6");
        assertThat(CycleChart.signedPoints(-0.04)).isEqualTo("even");
    }

    @Test
    void theForecastPathDrawsItsBandLineAndDates() {
        String svg = ForecastPathChart.svg(List.of(new ForecastPathChart.Point("2017-06-30", 17347, -14.4, -22.7,
                -6.2), new ForecastPathChart.Point("2018-03-27", 17617, -8.3, -15.0, -1.6)));
        assertThat(svg).startsWith("<svg id=\"forecast-path\"").contains("class=\"band\"", "class=\"path\"",
                ">2017-06-30</text>", ">2018-03-27</text>", "2018-03-27: D+8.3 (80%: D+15.0 to D+1.6)", ">even</text>");
    }
}
