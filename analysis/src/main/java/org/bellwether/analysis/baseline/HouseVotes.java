package org.bellwether.analysis.baseline;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One precinct's votes for the House contest of each district it voted in: the only evidence in precinct returns
 * of where the district line runs. Districts with no votes are left out.
 *
 * @param byDistrict district (as its contest names it, e.g. {@code 6}) to House votes, sorted by district
 */
public record HouseVotes(Map<String, Long> byDistrict) {

    public HouseVotes {
        Objects.requireNonNull(byDistrict, "House votes by district");
        TreeMap<String, Long> copy = new TreeMap<>();
        byDistrict.forEach((d, v) -> {
            if (v < 0) {
                throw new IllegalArgumentException("House votes in district " + d + " are negative: " + v);
            }
            if (v > 0) {
                copy.put(d, v);
            }
        });
        byDistrict = Collections.unmodifiableMap(copy);
    }

    public long votes(String district) {
        return byDistrict.getOrDefault(district, 0L);
    }

    public long total() {
        return byDistrict.values().stream().mapToLong(Long::longValue).sum();
    }

    long most() {
        return byDistrict.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    long countWith(long votes) {
        return byDistrict.values().stream().filter(v -> v == votes).count();
    }

    /** Whether the precinct voted in more than one district. */
    public boolean split() {
        return byDistrict.size() > 1;
    }

    /** e.g. {@code 11: 1,552; 6: 1,483}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        byDistrict.forEach((d, v) -> out.append(out.isEmpty() ? "" : "; ").append(d).append(": ")
                .append(String.format(java.util.Locale.ROOT, "%,d", v)));
        return out.toString();
    }
}
