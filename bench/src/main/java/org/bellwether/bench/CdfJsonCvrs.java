package org.bellwether.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generator's ballots as a NIST SP 1500-103 cast vote record report in JSON, as election systems export it: one
 * {@code CVR} per ballot, each with its snapshot, its contest and one {@code CVRContestSelection} per ranked
 * candidate holding a {@code SelectionPosition} with its {@code Rank}; the election's candidates, contest and the
 * precincts' GpUnits after the CVRs, in the schema's key order. An overvote is two selections at one rank, a skipped
 * rank a gap in the ranks, a blank ballot a contest with no selection. Compact (no white space), about 200 bytes a
 * ballot.
 */
final class CdfJsonCvrs {

    private CdfJsonCvrs() {
    }

    static void write(Path path, long ballots) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(path), 1 << 16)) {
            w.write("{\"@type\":\"CVR.CastVoteRecordReport\",\"CVR\":[");
            java.util.Map<String, Integer> units = new java.util.HashMap<>();
            long[] n = {0};
            CvrGenerator.forEachBallot(ballots, (id, precinct, ranks) -> {
                int unit = units.computeIfAbsent(precinct, k -> units.size() + 1);
                w.write(n[0]++ == 0 ? "" : ",");
                w.write("{\"@type\":\"CVR.CVR\",\"BallotStyleUnitId\":\"gp" + unit + "\",\"CurrentSnapshotId\":\"s"
                        + id + "\",\"CVRSnapshot\":[{\"@id\":\"s" + id + "\",\"Type\":\"original\",\"CVRContest\":"
                        + "[{\"ContestId\":\"k1\",\"CVRContestSelection\":[");
                boolean first = true;
                for (int r = 0; r < ranks.length; r++) {
                    if (ranks[r].equals("undervote")) {
                        continue;
                    }
                    int[] chosen = ranks[r].equals("overvote") ? new int[] {r % 12, (r + 5) % 12}
                            : new int[] {index(ranks[r])};
                    for (int c : chosen) {
                        w.write(first ? "" : ",");
                        first = false;
                        w.write("{\"ContestSelectionId\":\"cs" + (c + 1) + "\",\"SelectionPosition\":[{"
                                + "\"HasIndication\":\"yes\",\"IsAllocable\":\"yes\",\"NumberVotes\":1,\"Rank\":"
                                + (r + 1) + "}]}");
                    }
                }
                w.write("]}]}],\"ElectionId\":\"e1\"}");
            });
            w.write("],\"Election\":[{\"@id\":\"e1\",\"Candidate\":[");
            for (int c = 0; c < CvrGenerator.CANDIDATES.length; c++) {
                w.write((c == 0 ? "" : ",") + "{\"@id\":\"c" + (c + 1) + "\",\"Name\":\"" + CvrGenerator.CANDIDATES[c]
                        + "\"}");
            }
            w.write("],\"Contest\":[{\"@id\":\"k1\",\"@type\":\"CVR.CandidateContest\",\"Name\":\"Generated mayor\","
                    + "\"ContestSelection\":[");
            for (int c = 0; c < CvrGenerator.CANDIDATES.length; c++) {
                w.write((c == 0 ? "" : ",") + "{\"@id\":\"cs" + (c + 1) + "\",\"@type\":\"CVR.CandidateSelection\","
                        + "\"CandidateIds\":[\"c" + (c + 1) + "\"]}");
            }
            w.write("]}]}],\"GpUnit\":[");
            boolean first = true;
            for (java.util.Map.Entry<String, Integer> e : units.entrySet()) {
                w.write((first ? "" : ",") + "{\"@id\":\"gp" + e.getValue() + "\",\"Name\":\"" + e.getKey()
                        + "\",\"Type\":\"precinct\"}");
                first = false;
            }
            w.write("],\"ReportGeneratingDeviceIds\":[\"d1\"],\"Version\":\"1.0.0\"}");
        }
    }

    private static int index(String name) {
        for (int c = 0; c < CvrGenerator.CANDIDATES.length; c++) {
            if (CvrGenerator.CANDIDATES[c].equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("not a generated candidate: " + name);
    }

    /** The generator's configuration with the source read as a CDF report of the generated contest. */
    static String config(String essConfig) {
        return essConfig.replace("\"provider\": \"ess\"", "\"provider\": \"cdf\", \"contestId\": \"Generated mayor\"")
                .replace("\"overvoteLabel\": \"overvote\"", "\"overvoteLabel\": \"\"")
                .replace("\"skippedRankLabel\": \"undervote\"", "\"skippedRankLabel\": \"\"");
    }
}
