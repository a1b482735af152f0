package org.bellwether.server;

import org.bellwether.render.ContestView;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.bellwether.store.VersionInfo;

/**
 * One version of one election as served: the views and every response body made from them once, so that a request
 * is answered from memory.
 *
 * @param version    the stored version
 * @param date       the election day, ISO, or empty
 * @param testData   whether the server serves test data (a rehearsal), said in every response
 * @param contests   each contest's view, by contest id
 * @param summary    the election's JSON: every contest's status and reporting
 * @param contestJson each contest's JSON, by contest id
 * @param contestDigests a digest of each contest's figures (not of the version number), to tell which changed
 * @param declarations the election's newest declaration taken into account (0: none yet), when the bodies carry
 *                    declarations; empty for the count of a version alone (versioned URLs, which never change)
 * @param roundsJson  the round-by-round count of each contest counted from cast-vote records, by contest id
 * @param sliceRounds the precincts (or batches) whose share of that count is served, by contest id, for the contests
 *                    whose records are kept by precinct (or batch): their listing only, the bodies being built when
 *                    first asked for ({@link Publisher#sliceBody})
 */
record Published(VersionInfo version, String date, boolean testData, List<ContestView> contests, byte[] summary,
        List<byte[]> contestJson, List<String> contestDigests, OptionalLong declarations,
        java.util.Map<Integer, byte[]> roundsJson, java.util.Map<Integer, SliceRounds> sliceRounds) {

    Published {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        contests = List.copyOf(contests);
        Objects.requireNonNull(summary, "summary");
        contestJson = List.copyOf(contestJson);
        contestDigests = List.copyOf(contestDigests);
        Objects.requireNonNull(declarations, "declarations");
        roundsJson = java.util.Map.copyOf(roundsJson);
        sliceRounds = java.util.Map.copyOf(sliceRounds);
    }

    String key() {
        return version.electionKey();
    }

    long number() {
        return version.number();
    }

    /**
     * The strong ETag of a body made from this version: versions and declarations are append-only, so the version
     * number and the newest declaration's id say it all.
     */
    String etag(String what) {
        String d = declarations.isPresent() && declarations.getAsLong() > 0 ? "-d" + declarations.getAsLong() : "";
        return "\"" + key() + "-v" + number() + d + "-" + what + "\"";
    }

    /** The newest declaration taken into account, 0 when none (or when the bodies carry none). */
    long through() {
        return declarations.orElse(0);
    }
}
