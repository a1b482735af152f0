package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.rule.BallotRules;
import org.bellwether.formats.InputException;

/**
 * NIST SP 1500-103 cast vote records in JSON (RCTab's {@code cdf} provider), streamed in two passes: the first
 * skips the {@code CVR} array and reads the election's candidates, contest selections and GpUnits (the schema's
 * key order puts them after the CVRs); the second reads one CVR at a time. Memory holds the directory and one CVR.
 * A CVR's current snapshot's contest (the contest whose {@code Name} is the source's {@code contestId}) gives the
 * rankings: each selection's {@code Rank}, or its {@code SelectionPosition}s' ranks, skipping positions with
 * {@code HasIndication} or {@code IsAllocable} of {@code no}; a write-in selection or position is the undeclared
 * write-in; a candidate named as the overvote label is an explicit overvote; the precinct is the name of the
 * {@code BallotStyleUnitId} GpUnit. A CVR whose snapshot lacks the contest was not cast in it and is passed over.
 */
final class CdfJsonCvrReader {

    private final CvrSource source;
    private final String file;
    private final Map<String, Integer> names;
    private final int uwi;
    private final int maxRankings;
    private final Map<String, String> candidateNames = new HashMap<>();
    private final Map<String, Integer> selections = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private String contestId;

    private CdfJsonCvrReader(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings) {
        this.source = source;
        this.file = source.path().getFileName().toString();
        this.names = names;
        this.uwi = uwi;
        this.maxRankings = maxRankings;
    }

    static void read(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            RankedBallots.Builder ballots) {
        new CdfJsonCvrReader(source, names, uwi, maxRankings).read(ballots);
    }

    private void read(RankedBallots.Builder ballots) {
        try {
            directory();
            cvrs(ballots);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new InputException(file, where, "is not valid JSON: " + XlsxSheet.capped(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private JsonParser open() throws IOException {
        InputStream in = Files.newInputStream(source.path());
        JsonParser parser = JsonTree.FACTORY.createParser(in);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            parser.close();
            throw new InputException(file, "$", "is not a JSON object: not a NIST CDF cast vote record report");
        }
        return parser;
    }

    private void directory() throws IOException {
        try (JsonParser parser = open()) {
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "Election" -> elections(list(JsonTree.value(parser, value), "$.Election"));
                    case "GpUnit" -> gpUnits(list(JsonTree.value(parser, value), "$.GpUnit"));
                    default -> parser.skipChildren();
                }
            }
        }
        if (contestId == null) {
            throw new InputException(file, "$.Election", "has no contest named " + InputException.echo(
                    source.contestId()) + " (the source's contestId)");
        }
    }

    private void elections(List<Object> elections) {
        for (int e = 0; e < elections.size(); e++) {
            String at = "$.Election[" + e + "]";
            Map<String, Object> election = object(elections.get(e), at);
            List<Object> candidates = list(election.getOrDefault("Candidate", List.of()), at + ".Candidate");
            for (int c = 0; c < candidates.size(); c++) {
                Map<String, Object> candidate = object(candidates.get(c), at + ".Candidate[" + c + "]");
                unique(candidateNames, text(candidate, "@id", at + ".Candidate[" + c + "]"),
                        text(candidate, "Name", at + ".Candidate[" + c + "]"), at + ".Candidate[" + c + "]");
            }
            List<Object> contests = list(election.getOrDefault("Contest", List.of()), at + ".Contest");
            for (int k = 0; k < contests.size() && contestId == null; k++) {
                String cat = at + ".Contest[" + k + "]";
                Map<String, Object> contest = object(contests.get(k), cat);
                if (source.contestId().equals(contest.get("Name"))) {
                    contestId = text(contest, "@id", cat);
                    List<Object> selectionList = list(contest.getOrDefault("ContestSelection", List.of()),
                            cat + ".ContestSelection");
                    for (int s = 0; s < selectionList.size(); s++) {
                        selection(object(selectionList.get(s), cat + ".ContestSelection[" + s + "]"),
                                cat + ".ContestSelection[" + s + "]");
                    }
                }
            }
        }
    }

    private void selection(Map<String, Object> selection, String at) {
        String id = text(selection, "@id", at);
        int code;
        if ("true".equals(selection.get("IsWriteIn")) || Boolean.TRUE.equals(selection.get("IsWriteIn"))) {
            code = writeIn(at);
        } else {
            List<Object> ids = list(selection.getOrDefault("CandidateIds", List.of()), at + ".CandidateIds");
            if (ids.isEmpty()) {
                throw new InputException(file, at, "names no candidate (CandidateIds is empty)");
            }
            String name = candidateNames.get(String.valueOf(ids.get(0)));
            if (name == null) {
                throw new InputException(file, at + ".CandidateIds[0]", "candidate " + InputException.echo(
                        String.valueOf(ids.get(0))) + " is not in the election's candidates");
            }
            if (!source.overvoteLabel().isEmpty() && name.equals(source.overvoteLabel())) {
                code = RankedBallots.OVERVOTE;
            } else {
                Integer index = names.get(name);
                if (index == null) {
                    throw new InputException(file, at, "candidate " + InputException.echo(name)
                            + " is not a candidate or alias of the configuration");
                }
                code = index;
            }
        }
        if (selections.put(id, code) != null) {
            throw new InputException(file, at, "contest selection id " + InputException.echo(id) + " is used twice");
        }
    }

    private int writeIn(String at) {
        if (uwi < 0) {
            throw new InputException(file, at, "is a write-in, but the configuration counts no undeclared write-ins"
                    + " (set the source's undeclaredWriteInLabel)");
        }
        return uwi;
    }

    private void gpUnits(List<Object> list) {
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> unit = object(list.get(i), "$.GpUnit[" + i + "]");
            unique(units, text(unit, "@id", "$.GpUnit[" + i + "]"), String.valueOf(unit.getOrDefault("Name", "")),
                    "$.GpUnit[" + i + "]");
        }
    }

    private void unique(Map<String, String> map, String id, String value, String at) {
        if (map.put(id, value) != null) {
            throw new InputException(file, at, "id " + InputException.echo(id) + " is used twice");
        }
    }

    private void cvrs(RankedBallots.Builder ballots) throws IOException {
        try (JsonParser parser = open()) {
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!key.equals("CVR")) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new InputException(file, "$.CVR", "is not a JSON array");
                }
                long index = 0;
                int[] marks = new int[16];
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    String at = "$.CVR[" + index++ + "]";
                    Map<String, Object> cvr = object(JsonTree.value(parser, e), at);
                    List<int[]> found = new ArrayList<>();
                    if (rankings(cvr, at, found)) {
                        if (marks.length < found.size()) {
                            marks = new int[found.size() * 2];
                        }
                        for (int i = 0; i < found.size(); i++) {
                            marks[i] = RankedBallots.mark(found.get(i)[0], found.get(i)[1]);
                        }
                        Object unit = cvr.get("BallotStyleUnitId");
                        String precinct = unit == null ? null : units.get(String.valueOf(unit));
                        ballots.add(marks, found.size(), precinct, identity(cvr, "UniqueId",
                                identity(cvr, "BallotPrePrintedId", file + ":" + at)), identity(cvr,
                                "BatchSequenceId", identity(cvr, "BatchId", null)), identity(cvr, "CreatingDeviceId",
                                null));
                    }
                }
            }
        }
    }

    /** Fills (rank, candidate) pairs; false when the CVR's current snapshot does not have the contest. */
    private boolean rankings(Map<String, Object> cvr, String at, List<int[]> found) {
        String current = text(cvr, "CurrentSnapshotId", at);
        Map<String, Object> snapshot = null;
        List<Object> snapshots = list(cvr.getOrDefault("CVRSnapshot", List.of()), at + ".CVRSnapshot");
        for (int i = 0; i < snapshots.size() && snapshot == null; i++) {
            Map<String, Object> s = object(snapshots.get(i), at + ".CVRSnapshot[" + i + "]");
            if (current.equals(s.get("@id"))) {
                snapshot = s;
            }
        }
        if (snapshot == null) {
            throw new InputException(file, at, "has no snapshot with its CurrentSnapshotId "
                    + InputException.echo(current));
        }
        List<Object> contests = list(snapshot.getOrDefault("CVRContest", List.of()), at + ".CVRContest");
        for (int k = 0; k < contests.size(); k++) {
            String cat = at + ".CVRContest[" + k + "]";
            Map<String, Object> contest = object(contests.get(k), cat);
            if (!contestId.equals(contest.get("ContestId"))) {
                continue;
            }
            List<Object> chosen = list(contest.getOrDefault("CVRContestSelection", List.of()),
                    cat + ".CVRContestSelection");
            for (int s = 0; s < chosen.size(); s++) {
                String sat = cat + ".CVRContestSelection[" + s + "]";
                Map<String, Object> selection = object(chosen.get(s), sat);
                String id = text(selection, "ContestSelectionId", sat);
                Integer code = selections.get(id);
                if (code == null) {
                    throw new InputException(file, sat, "contest selection " + InputException.echo(id)
                            + " is not a selection of the contest");
                }
                if (selection.containsKey("Rank")) {
                    found.add(new int[] {rank(selection.get("Rank"), sat), code});
                    continue;
                }
                List<Object> positions = list(selection.getOrDefault("SelectionPosition", List.of()),
                        sat + ".SelectionPosition");
                for (int p = 0; p < positions.size(); p++) {
                    String pat = sat + ".SelectionPosition[" + p + "]";
                    Map<String, Object> position = object(positions.get(p), pat);
                    int candidate = position.containsKey("CVRWriteIn") ? writeIn(pat) : code;
                    if ("no".equals(position.get("HasIndication")) || "no".equals(position.get("IsAllocable"))) {
                        continue;
                    }
                    found.add(new int[] {rank(position.get("Rank"), pat), candidate});
                }
            }
            return true;
        }
        return false;
    }

    private int rank(Object raw, String at) {
        return CvrJsonValues.rank(raw, at, file, maxRankings);
    }

    private Map<String, Object> object(Object value, String at) {
        return CvrJsonValues.object(value, at, file);
    }

    private List<Object> list(Object value, String at) {
        return CvrJsonValues.list(value, at, file);
    }

    private String text(Map<String, Object> map, String key, String at) {
        Object v = map.get(key);
        if (!(v instanceof String s)) {
            throw new InputException(file, at + "." + key, v == null ? "is missing" : "is not a string");
        }
        return s;
    }

    /** A CVR's identity field (UniqueId, BatchSequenceId, CreatingDeviceId...), or {@code otherwise}. */
    private static String identity(Map<String, Object> cvr, String key, String otherwise) {
        Object value = cvr.get(key);
        return value == null || value instanceof Map || value instanceof List ? otherwise : String.valueOf(value);
    }
}
