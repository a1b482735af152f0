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
    void dropsRepeatedPointsAndGreysShapesWithoutAPrecinct() {
        List<double[]> square = List.of(new double[] {0, 0}, new double[] {0, 0}, new double[] {1, 0},
                new double[] {1, 1}, new double[] {0, 1});
        List<PrecinctMap.Shape> shapes = List.of(new PrecinctMap.Shape(List.of(square)),
                new PrecinctMap.Shape(List.of(square)));
        String svg = PrecinctMap.svg(shapes, Map.of(0, new PrecinctMap.Shade("Fulton A", new BigFraction(-1, 50))));
        assertThat(svg).contains("<path d=\"M0.0 640.0L640.0 640.0L640.0 0.0L0.0 0.0Z\" fill=\"#c8c8f0\">"
                + "<title>Fulton A: -2.00</title></path>", "fill=\"#cccccc\"><title>no matched precinct</title>");
    }
}
