package org.bellwether.formats.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.SharedData;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonFileTest {

    @TempDir
    Path dir;

    @Test
    void readsThe216PrecinctPolygonsOfGa06() {
        List<GeoFeature> all = GeoJsonFile.read(SharedData.file("ga06-2017/shapes/GA06_Precincts.geojson"));
        assertThat(all).hasSize(216);
        GeoFeature first = all.get(0);
        assertThat(first.property("CTYNAME")).isEqualTo("Fulton");
        assertThat(first.property("PRECINCT_I")).isEqualTo("JC08");
        assertThat(first.rings().get(0).get(0)).containsExactly(-84.190148, 34.054787);
        // 13 MultiPolygons: more rings than features; 5 slivers have no county
        assertThat(all.stream().mapToInt(f -> f.rings().size()).sum()).isGreaterThan(216);
        assertThat(all).filteredOn(f -> f.property("CTYNAME").isEmpty()).hasSize(5);
    }

    @Test
    void aPointGeometryIsRefusedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("p.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}");
        assertThatThrownBy(() -> GeoJsonFile.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": line 2: geometry type \"Point\" is not Polygon or MultiPolygon");
    }
}
