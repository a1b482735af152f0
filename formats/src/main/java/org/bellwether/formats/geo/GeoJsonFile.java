package org.bellwether.formats.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.formats.InputException;

/**
 * Reads the polygons of a GeoJSON FeatureCollection (the GA-06 precinct layer): each feature's properties and the
 * rings of its Polygon or MultiPolygon geometry, streamed with Jackson. Other geometry types are refused; a
 * feature with a null geometry has no rings. Every error names the line.
 */
public final class GeoJsonFile {

    static final long MAX_BYTES = 64L << 20;

    private GeoJsonFile() {
    }

    public static List<GeoFeature> read(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(name, "", "file is over " + MAX_BYTES + " bytes (GeoJsonFile.MAX_BYTES)");
            }
            try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
                return new Reader(name, p).features();
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "file does not exist", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(name, "line " + e.getLocation().getLineNr(), "not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A streaming walk over one file. */
    private record Reader(String name, JsonParser p) {

        List<GeoFeature> features() throws IOException {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            List<GeoFeature> features = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("features")) {
                    expect(p.currentToken(), JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        features.add(feature());
                    }
                } else {
                    p.skipChildren();
                }
            }
            return features;
        }

        private GeoFeature feature() throws IOException {
            Map<String, String> properties = new HashMap<>();
            List<List<double[]>> rings = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("properties") && value == JsonToken.START_OBJECT) {
                    properties(properties);
                } else if (field.equals("geometry") && value == JsonToken.START_OBJECT) {
                    geometry(rings);
                } else {
                    p.skipChildren();
                }
            }
            return new GeoFeature(properties, rings);
        }

        private void properties(Map<String, String> into) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    into.put(key, p.getValueAsString());
                } else {
                    p.skipChildren();
                }
            }
        }

        private void geometry(List<List<double[]>> rings) throws IOException {
            String type = "";
            List<List<double[]>> read = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("type")) {
                    type = p.getText();
                } else if (field.equals("coordinates")) {
                    coordinates(read);
                } else {
                    p.skipChildren();
                }
            }
            if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                throw error("geometry type " + InputException.echo(type) + " is not Polygon or MultiPolygon");
            }
            rings.addAll(read);
        }

        /** Any depth of nested arrays down to [x, y] points; every innermost list of points is a ring. */
        private void coordinates(List<List<double[]>> rings) throws IOException {
            expect(p.currentToken(), JsonToken.START_ARRAY);
            rings(nested(), rings);
        }

        /** The array at the current token as nested lists of numbers. */
        private Object nested() throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                expectNumber(p.currentToken());
                return p.getDoubleValue();
            }
            List<Object> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(nested());
            }
            return items;
        }

        private void rings(Object node, List<List<double[]>> rings) {
            if (!(node instanceof List<?> list) || list.isEmpty()) {
                return;
            }
            if (list.get(0) instanceof List<?> first && !first.isEmpty() && first.get(0) instanceof Double) {
                List<double[]> ring = new ArrayList<>();
                for (Object point : list) {
                    ring.add(point(point));
                }
                rings.add(ring);
                return;
            }
            for (Object child : list) {
                rings(child, rings);
            }
        }

        private double[] point(Object point) {
            if (point instanceof List<?> xy && xy.size() >= 2 && xy.get(0) instanceof Double x
                    && xy.get(1) instanceof Double y) {
                return new double[] {x, y};
            }
            throw error("a ring holds something other than [longitude, latitude] points");
        }

        private void expectNumber(JsonToken token) {
            if (token == null || !token.isNumeric()) {
                throw error("expected a coordinate number but found " + token);
            }
        }

        private void expect(JsonToken actual, JsonToken expected) {
            if (actual != expected) {
                throw error("expected " + expected + " but found " + actual);
            }
        }

        private InputException error(String problem) {
            return new InputException(name, "line " + p.currentLocation().getLineNr(), problem);
        }
    }
}
