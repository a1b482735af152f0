package org.bellwether.formats.fips;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * State and county FIPS codes from the Census Bureau's code list shipped with the project (2010 vintage; see the
 * README beside the resource), so that outputs carry ids a newsroom can join on. Names are matched ignoring case,
 * accents, spaces and punctuation, and a county's name with or without its kind ({@code Cobb} and
 * {@code Cobb County}, {@code De Kalb} and {@code DeKalb County}).
 */
public final class FipsCodes {

    // Before SHIPPED: loading the list uses it.
    private static final String[] KINDS = {"county", "parish", "borough", "censusarea", "municipality",
        "cityandborough", "city"};
    private static final FipsCodes SHIPPED = load();

    private final Map<String, String> states;
    private final Map<String, String> counties;

    private FipsCodes(Map<String, String> states, Map<String, String> counties) {
        this.states = Map.copyOf(states);
        this.counties = Map.copyOf(counties);
    }

    /** The codes of the list shipped with the project. */
    public static FipsCodes shipped() {
        return SHIPPED;
    }

    /** A state's two-digit code from its name ({@code Georgia}) or postal code ({@code GA}). */
    public Optional<String> state(String nameOrPostal) {
        return Optional.ofNullable(states.get(normalise(nameOrPostal)));
    }

    /** A county's five-digit code (state and county) from its state's code and its name. */
    public Optional<String> county(String stateFips, String countyName) {
        String name = normalise(countyName);
        String code = counties.get(stateFips + "/" + name);
        return Optional.ofNullable(code != null ? code : counties.get(stateFips + "/" + withoutKind(name)));
    }

    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").replace("saint", "st");
    }

    private static String withoutKind(String normalised) {
        for (String kind : KINDS) {
            if (normalised.endsWith(kind) && normalised.length() > kind.length()) {
                return normalised.substring(0, normalised.length() - kind.length());
            }
        }
        return normalised;
    }

    private static FipsCodes load() {
        Map<String, String> states = new HashMap<>();
        for (String[] f : lines("states.csv", 3, true)) {
            states.put(normalise(f[0]), f[1]);
            states.put(normalise(f[2]), f[1]);
        }
        Map<String, String> counties = new HashMap<>();
        for (String[] f : lines("national_county.txt", 5, false)) {
            String code = f[1] + f[2];
            String name = normalise(f[3]);
            counties.put(f[1] + "/" + name, code);
            counties.putIfAbsent(f[1] + "/" + withoutKind(name), code);
        }
        return new FipsCodes(states, counties);
    }

    private static java.util.List<String[]> lines(String resource, int fields, boolean header) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (InputStream in = FipsCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("FIPS code list missing from the build: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if ((header && n == 1) || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != fields) {
                    throw new IllegalStateException(resource + " line " + n + ": " + f.length + " fields, not " + fields);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the FIPS code list " + resource, e);
        }
        return rows;
    }
}
