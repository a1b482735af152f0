package org.bellwether.formats.geo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One feature of a GeoJSON layer: its properties as text and the rings of its polygons (a MultiPolygon's rings
 * all together), each ring a list of [longitude, latitude] points.
 *
 * @param properties property name to value as text; a JSON null is left out
 * @param rings      outer rings and holes alike, in file order
 */
public record GeoFeature(Map<String, String> properties, List<List<double[]>> rings) {

    public GeoFeature {
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
        rings = rings.stream().map(List::copyOf).toList();
    }

    public String property(String name) {
        return properties.getOrDefault(name, "");
    }
}
