package org.bellwether.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An election at one version, as the live page shows it.
 *
 * @param key      the election's key in the store
 * @param name     its name
 * @param version  the version shown
 * @param asOf     when that version was stored, as the page says it (e.g. {@code 21:40 EDT, 20 June 2017})
 * @param testData whether these are test data (a rehearsal), said on the page
 * @param contests each contest's view
 * @param history  every version up to this one, newest first
 * @param map      the precinct map of the first contest, as SVG, when shapes are known
 * @param swingMap the same map coloured by swing from a baseline, when the server was given one
 */
public record LiveElection(String key, String name, long version, String asOf, boolean testData,
        List<ContestView> contests, List<VersionLine> history, Optional<String> map, Optional<SwingMap> swingMap) {

    /** An election's page with no swing map. */
    public LiveElection(String key, String name, long version, String asOf, boolean testData,
            List<ContestView> contests, List<VersionLine> history, Optional<String> map) {
        this(key, name, version, asOf, testData, contests, history, map, Optional.empty());
    }

    /**
     * The precinct map coloured by swing: each precinct's margin now minus its margin in the baseline.
     *
     * @param baseline the baseline's label, e.g. {@code President 2016}
     * @param svg      the map
     */
    public record SwingMap(String baseline, String svg) {
        public SwingMap {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(svg, "svg");
        }
    }

    public LiveElection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "as of");
        contests = List.copyOf(contests);
        history = List.copyOf(history);
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(swingMap, "swing map");
    }

    /** The election's newest declaration the contests carry, 0 when none: with the version, what the page shows. */
    public long declarations() {
        return contests.stream().flatMap(c -> c.declared().stream()).mapToLong(ContestDeclarations::through).max()
                .orElse(0);
    }

    /** One version in the history: when, and what changed in words (e.g. "KAREN HANDEL +1,204, JON OSSOFF +988"). */
    public record VersionLine(long version, String asOf, String changes) {
        public VersionLine {
            Objects.requireNonNull(asOf, "as of");
            Objects.requireNonNull(changes, "changes");
        }
    }
}
