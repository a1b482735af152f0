package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cast-vote records for the training run ({@link StartUpTraining}): the same made-up ballots as a NIST SP 1500-103
 * CDF JSON report with its RCTab configuration, and as an ES&amp;S-layout rank CSV, enough of them that the readers'
 * and the count's loops are hot when the cache records their profiles. Ballots rank one to five of eight candidates
 * (every fortieth ballot blank).
 */
final class TrainingCvrs {

    static final int BALLOTS = 40_000;
    private static final String[] CANDIDATES = {"Ann Avery", "Ben Brook", "Cal Cruz", "Dee Dunn", "Eve Ebert",
        "Fay Fox", "Gil Gray", "Hal Hume"};
    private static final int PRECINCTS = 40;

    private TrainingCvrs() {
    }

    /**
     * The ballot's candidates, most preferred first (indexes into {@link #CANDIDATES}): drawn from a fixed
     * sequence, the first choices weighted towards the first candidates, so that the count runs several rounds
     * over thousands of distinct rankings.
     */
    private static int[] ranking(int ballot) {
        if (ballot % 40 == 39) {
            return new int[0];
        }
        long state = ballot * 0x9E3779B97F4A7C15L + 1;
        int[] ranked = new int[1 + (int) Long.remainderUnsigned(state >>> 7, 5)];
        int n = 0;
        for (int draw = 0; n < ranked.length; draw++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int bound = draw == 0 ? 3 + (int) Long.remainderUnsigned(state >>> 33, CANDIDATES.length - 2)
                    : CANDIDATES.length;
            int candidate = (int) Long.remainderUnsigned(state >>> 40, bound);
            boolean seen = false;
            for (int k = 0; k < n; k++) {
                seen |= ranked[k] == candidate;
            }
            if (!seen) {
                ranked[n++] = candidate;
            }
        }
        return ranked;
    }

    /** Writes {@code cvr.json} and its RCTab configuration {@code config.json} into {@code dir}; returns the latter. */
    static Path cdfJson(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (JsonGenerator g = new JsonFactory().createGenerator(dir.resolve("cvr.json").toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("@type", "CVR.CastVoteRecordReport");
            g.writeArrayFieldStart("CVR");
            for (int b = 0; b < BALLOTS; b++) {
                cvr(g, b);
            }
            g.writeEndArray();
            election(g);
            g.writeArrayFieldStart("GpUnit");
            for (int p = 1; p <= PRECINCTS; p++) {
                g.writeStartObject();
                g.writeStringField("@id", "gp" + p);
                g.writeStringField("Name", "Precinct " + p);
                g.writeStringField("Type", "precinct");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("Version", "1.0.0");
            g.writeEndObject();
        }
        Path config = dir.resolve("config.json");
        Files.writeString(config, config(), StandardCharsets.UTF_8);
        return config;
    }

    private static void cvr(JsonGenerator g, int b) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "CVR.CVR");
        g.writeStringField("BallotStyleUnitId", "gp" + (1 + b % PRECINCTS));
        g.writeStringField("CurrentSnapshotId", "s" + b);
        g.writeArrayFieldStart("CVRSnapshot");
        g.writeStartObject();
        g.writeStringField("@id", "s" + b);
        g.writeStringField("Type", "original");
        g.writeArrayFieldStart("CVRContest");
        g.writeStartObject();
        g.writeStringField("ContestId", "k1");
        g.writeArrayFieldStart("CVRContestSelection");
        int[] ranked = ranking(b);
        for (int r = 0; r < ranked.length; r++) {
            g.writeStartObject();
            g.writeStringField("ContestSelectionId", "cs" + (ranked[r] + 1));
            g.writeArrayFieldStart("SelectionPosition");
            g.writeStartObject();
            g.writeStringField("HasIndication", "yes");
            g.writeStringField("IsAllocable", "yes");
            g.writeNumberField("NumberVotes", 1);
            g.writeNumberField("Rank", r + 1);
            close(g, "}]}");
        }
        close(g, "]}]}]");
        g.writeStringField("ElectionId", "e1");
        g.writeEndObject();
    }

    /** Ends the objects and arrays open, innermost first, as the brackets written in {@code closers} would. */
    private static void close(JsonGenerator g, String closers) throws IOException {
        for (char c : closers.toCharArray()) {
            if (c == '}') {
                g.writeEndObject();
            } else {
                g.writeEndArray();
            }
        }
    }

    private static void election(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("Election");
        g.writeStartObject();
        g.writeStringField("@id", "e1");
        g.writeArrayFieldStart("Candidate");
        for (int c = 0; c < CANDIDATES.length; c++) {
            g.writeStartObject();
            g.writeStringField("@id", "c" + (c + 1));
            g.writeStringField("Name", CANDIDATES[c]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Contest");
        g.writeStartObject();
        g.writeStringField("@id", "k1");
        g.writeStringField("@type", "CVR.CandidateContest");
        g.writeStringField("Name", "Training mayor");
        g.writeArrayFieldStart("ContestSelection");
        for (int c = 0; c < CANDIDATES.length; c++) {
            g.writeStartObject();
            g.writeStringField("@id", "cs" + (c + 1));
            g.writeStringField("@type", "CVR.CandidateSelection");
            g.writeArrayFieldStart("CandidateIds");
            g.writeString("c" + (c + 1));
            close(g, "]}");
        }
        close(g, "]}]}]");
    }

    private static String config() {
        StringBuilder candidates = new StringBuilder();
        for (String c : CANDIDATES) {
            candidates.append(candidates.isEmpty() ? "" : ", ").append("{\"name\": \"").append(c)
                    .append("\", \"excluded\": false}");
        }
        return """
                {
                  "tabulatorVersion": "1.3.2",
                  "outputSettings": {"contestName": "Training mayor", "outputDirectory": "output"},
                  "cvrFileSources": [{"filePath": "cvr.json", "provider": "cdf", "contestId": "Training mayor"}],
                  "candidates": [%s],
                  "rules": {"tiebreakMode": "useCandidateOrder", "overvoteRule": "exhaustImmediately",
                    "winnerElectionMode": "singleWinnerMajority", "numberOfWinners": "1",
                    "decimalPlacesForVoteArithmetic": "4", "maxSkippedRanksAllowed": "1", "maxRankingsAllowed": "5"}
                }
                """.formatted(candidates);
    }

    /** Writes the ballots as an ES&amp;S-layout rank CSV ({@code ranks.csv}, counted with {@code --rule irv}). */
    static Path rankCsv(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path csv = dir.resolve("ranks.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Cast Vote Record,Precinct,Choice 1,Choice 2,Choice 3,Choice 4,Choice 5\n");
            for (int b = 0; b < BALLOTS; b++) {
                int[] ranked = ranking(b);
                w.write((b + 1) + ",Precinct " + (1 + b % PRECINCTS));
                for (int r = 0; r < 5; r++) {
                    w.write(',');
                    w.write(r < ranked.length ? CANDIDATES[ranked[r]] : "undervote");
                }
                w.write('\n');
            }
        }
        return csv;
    }
}
