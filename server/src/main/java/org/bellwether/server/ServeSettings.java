package org.bellwether.server;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How {@code serve} runs.
 *
 * @param host         the address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param port         the port; 0 picks a free one
 * @param testData     whether the store holds test data (a rehearsal): said in every response and on the page
 * @param token        the write token's hash; writes are refused when none is configured
 * @param zone         the zone times are shown in on the page
 * @param bareEndpoint whether {@code /bench/bare} serves the first contest's bytes from memory, for the load
 *                     benchmark's baseline
 * @param rules        how each contest's rule is found
 * @param shapes       the precinct shapes of the maps
 */
public record ServeSettings(String host, int port, boolean testData, WriteToken token, ZoneId zone,
        boolean bareEndpoint, ContestRules rules, PrecinctShapes shapes) {

    public ServeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(shapes, "shapes");
    }

    /** Loopback, a free port, each contest's own law, times in UTC, no writes. */
    public static ServeSettings defaults() {
        return new ServeSettings("127.0.0.1", 0, false, WriteToken.none(), ZoneId.of("UTC"), false,
                ContestRules.ownLaw(), PrecinctShapes.NONE);
    }

    public ServeSettings withPort(int p) {
        return new ServeSettings(host, p, testData, token, zone, bareEndpoint, rules, shapes);
    }

    public ServeSettings withHost(String h) {
        return new ServeSettings(h, port, testData, token, zone, bareEndpoint, rules, shapes);
    }

    public ServeSettings withTestData(boolean t) {
        return new ServeSettings(host, port, t, token, zone, bareEndpoint, rules, shapes);
    }

    /** Writes allowed to bearers of the token whose SHA-256 is {@code hex}. */
    public ServeSettings withTokenSha256(String hex) {
        return new ServeSettings(host, port, testData, WriteToken.ofSha256(hex), zone, bareEndpoint, rules, shapes);
    }

    public ServeSettings withZone(ZoneId z) {
        return new ServeSettings(host, port, testData, token, z, bareEndpoint, rules, shapes);
    }

    public ServeSettings withBareEndpoint(boolean b) {
        return new ServeSettings(host, port, testData, token, zone, b, rules, shapes);
    }

    public ServeSettings withRules(ContestRules r) {
        return new ServeSettings(host, port, testData, token, zone, bareEndpoint, r, shapes);
    }

    public ServeSettings withShapes(PrecinctShapes s) {
        return new ServeSettings(host, port, testData, token, zone, bareEndpoint, rules, s);
    }
}
