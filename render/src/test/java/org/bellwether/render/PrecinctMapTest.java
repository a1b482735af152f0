package org.bellwether.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class PrecinctMapTest {

    @Test
    void coloursDarkenWithTheSwingAndSaturateAtFullScale() {
        assertThat(PrecinctMap.colour(0)).isEqualTo("#f0f0f0");
        assertThat(PrecinctMap.colour(-5)).isEqualTo("#8c8cf0");
        assertThat(PrecinctMap.colour(PrecinctMap.FULL)).isEqualTo("#f02828");
        assertThat(PrecinctMap.colour(40)).isEqualTo("#f02828");
    }

    @Test
    void outlinesEachCountyByTheEdgesItsShapesDoNotShareAndNamesIt() {
        List<double[]> left = List.of(new double[] {0, 0}, new double[] {1, 0}, new double[] {1, 1},
                new double[] {0, 1}, new double[] {0, 0});
        List<double[]> right = List.of(new double[] {1, 0}, new double[] {2, 0}, new double[] {2, 1},
                new double[] {1, 1}, new double[] {1, 0});
        String svg = PrecinctMap.svg(List.of(new PrecinctMap.Shape("Cobb", List.of(left)),
                new PrecinctMap.Shape("Cobb", List.of(right))), Map.of());
        java.util.regex.Matcher county = java.util.regex.Pattern.compile("<path d=\"([^\"]*)\" class=\"county\"/>")
                .matcher(svg);
        assertThat(county.find()).isTrue();
        // two squares side by side: 8 edges, the shared one (x = 1) twice, so 6 outer edges and not the middle
        assertThat(county.group(1).split("M", -1)).hasSize(7);
        assertThat(county.group(1)).doesNotContain("M320.0 0.0L320.0 320.0");
        assertThat(svg).contains("class=\"place\" text-anchor=\"middle\">Cobb</text>");
    }

    @Test
    void theLegendShowsTheColourScaleAndGrey() {
        assertThat(PrecinctMap.legend()).contains("background:#2828f0\"></span> D+10 or more",
                "background:#f0f0f0\"></span> even", "background:#cccccc\"></span> no matched precinct");
    }

    @Test
    void dropsRepeatedPointsAndGreysShapesWithoutAPrecinct() {
        List<double[]> square = List.of(new double[] {0, 0}, new double[] {0, 0}, new double[] {1, 0},
                new double[] {1, 1}, new double[] {0, 1});
        List<PrecinctMap.Shape> shapes = List.of(new PrecinctMap.Shape("", List.of(square)),
                new PrecinctMap.Shape("", List.of(square)));
        String svg = PrecinctMap.svg(shapes, Map.of(0, new PrecinctMap.Shade("Fulton A", new BigFraction(-1, 50))));
        assertThat(svg).contains("<path d=\"M0.0 640.0L640.0 640.0L640.0 0.0L0.0 0.0Z\" fill=\"#c8c8f0\">"
                + "<title>Fulton A: -2.00</title></path>", "fill=\"#cccccc\"><title>no matched precinct</title>");
    }
}
