package org.bellwether.formats.cvr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;

/**
 * What a NIST SP 1500-103 cast vote record report says about its election, and how one of its CVRs is read against
 * it, the same for the JSON and the XML form once a part of the file is a tree of maps, lists and strings (an
 * object's id as {@code @id}): the election's candidates, the contest named by the source's {@code contestId} with
 * its selections, and the GpUnits. A CVR's current snapshot's contest gives the rankings: each selection's
 * {@code Rank}, or its {@code SelectionPosition}s' ranks, skipping positions with {@code HasIndication} or
 * {@code IsAllocable} of {@code no}; a write-in selection or position is the undeclared write-in; a candidate named as
 * the overvote label is an explicit overvote.
 */
final class CdfDirectory {

    private final CvrSource source;
    private final String file;
    private final Map<String, Integer> names;
    private final int uwi;
    private final int maxRankings;
    private final boolean rctabXml;
    private final Map<String, String> candidateNames = new HashMap<>();
    private final Map<String, Integer> selections = new HashMap<>();
    private final Map<String, String> unusable = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private String contestId;

    /**
     * {@code rctabXml}: read as RCTab reads the XML form, which passes over a selection whose {@code Status} is
     * {@code needs-adjudication} and refuses a {@code BallotStyleUnitId} that names no GpUnit (its JSON reading
     * does neither).
     */
    CdfDirectory(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings, boolean rctabXml) {
        this.source = source;
        this.file = source.path().getFileName().toString();
        this.names = names;
        this.uwi = uwi;
        this.maxRankings = maxRankings;
        this.rctabXml = rctabXml;
    }

    /** Fails unless the elections named the source's contest. */
    void requireContest(String at) {
        if (contestId == null) {
            throw new InputException(file, at, "has no contest named " + InputException.echo(source.contestId())
                    + " (the source's contestId)");
        }
    }

    /** The precinct of a GpUnit id, or null for none or an id that names no GpUnit. */
    String precinctName(Object unit) {
        return unit == null ? null : units.get(String.valueOf(unit));
    }

    /** The precinct of a GpUnit id, or null for none; an id that names no GpUnit fails when read as RCTab's XML. */
    String precinct(Object unit, String at) {
        if (unit == null) {
            return null;
        }
        String name = units.get(String.valueOf(unit));
        if (name == null && rctabXml) {
            throw new InputException(file, at + ".BallotStyleUnitId", "GpUnit " + InputException.echo(
                    String.valueOf(unit)) + " is not in the report's GpUnits");
        }
        return name;
    }

    /** {@code root}: where the elections are, in the file's own terms ({@code $.Election}, {@code Election}). */
    void elections(List<Object> elections, String root) {
        for (int e = 0; e < elections.size(); e++) {
            String at = root + "[" + e + "]";
            Map<String, Object> election = object(elections.get(e), at);
            List<Object> candidates = list(election.getOrDefault("Candidate", List.of()), at + ".Candidate");
            for (int c = 0; c < candidates.size(); c++) {
                Map<String, Object> candidate = object(candidates.get(c), at + ".Candidate[" + c + "]");
                Object name = candidate.get("Name");
                unique(candidateNames, text(candidate, "@id", at + ".Candidate[" + c + "]"),
                        name instanceof String n ? n : null, at + ".Candidate[" + c + "]");
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

    /**
     * A selection of the contest. One that cannot be counted (its candidate unknown, nameless, or not in the
     * configuration) fails only when a CVR chooses it, as in RCTab: a report lists every candidate of the election,
     * and a configuration names those of the contest that were chosen.
     */
    private void selection(Map<String, Object> selection, String at) {
        String id = text(selection, "@id", at);
        if (selections.containsKey(id) || unusable.containsKey(id)) {
            throw new InputException(file, at, "contest selection id " + InputException.echo(id) + " is used twice");
        }
        if ("true".equals(selection.get("IsWriteIn")) || Boolean.TRUE.equals(selection.get("IsWriteIn"))) {
            selections.put(id, writeIn(at));
            return;
        }
        List<Object> ids = list(selection.getOrDefault("CandidateIds", List.of()), at + ".CandidateIds");
        if (ids.isEmpty()) {
            throw new InputException(file, at, "names no candidate (CandidateIds is empty)");
        }
        String candidate = String.valueOf(ids.get(0));
        String name = candidateNames.get(candidate);
        if (name == null) {
            unusable.put(id, candidateNames.containsKey(candidate) ? "its candidate " + InputException.echo(candidate)
                    + " has no Name" : "its candidate " + InputException.echo(candidate)
                    + " is not in the election's candidates");
        } else if (!source.overvoteLabel().isEmpty() && name.equals(source.overvoteLabel())) {
            selections.put(id, RankedBallots.OVERVOTE);
        } else if (names.get(name) == null) {
            unusable.put(id, "candidate " + InputException.echo(name) + " is not a candidate or alias of the"
                    + " configuration");
        } else {
            selections.put(id, names.get(name));
        }
    }

    int writeIn(String at) {
        if (uwi < 0) {
            throw new InputException(file, at, "is a write-in, but the configuration counts no undeclared write-ins"
                    + " (set the source's undeclaredWriteInLabel)");
        }
        return uwi;
    }

    void gpUnits(List<Object> list, String root) {
        for (int i = 0; i < list.size(); i++) {
            String at = root + "[" + i + "]";
            Map<String, Object> unit = object(list.get(i), at);
            unique(units, text(unit, "@id", at), String.valueOf(unit.getOrDefault("Name", "")), at);
        }
    }

    private void unique(Map<String, String> map, String id, String value, String at) {
        if (map.put(id, value) != null) {
            throw new InputException(file, at, "id " + InputException.echo(id) + " is used twice");
        }
    }

    /** The id of the contest counted, once the elections are read. */
    String contestId() {
        return contestId;
    }

    /** The candidate a selection stands for, or null when it cannot be counted (then {@link #code} says why). */
    Integer codeOrNull(String id) {
        return selections.get(id);
    }

    /** Whether a rank is within the ranks read. */
    boolean rankAllowed(int rank) {
        return rank >= 1 && rank <= (maxRankings == org.bellwether.core.rule.BallotRules.UNLIMITED ? CvrLimits.MAX_RANKS
                : maxRankings);
    }

    /** The candidate (or overvote, or write-in) a CVR's selection of the contest stands for. */
    int code(String id, String at) {
        Integer code = selections.get(id);
        if (code == null && unusable.containsKey(id)) {
            throw new InputException(file, at, "contest selection " + InputException.echo(id)
                    + " cannot be counted: " + unusable.get(id));
        }
        if (code == null) {
            throw new InputException(file, at, "contest selection " + InputException.echo(id)
                    + " is not a selection of the contest");
        }
        return code;
    }

    /** Fills (rank, candidate) pairs; false when the CVR's current snapshot does not have the contest. */
    boolean rankings(Map<String, Object> cvr, String at, List<int[]> found) {
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
                if (rctabXml && "needs-adjudication".equals(selection.get("Status"))) {
                    continue;
                }
                int code = code(text(selection, "ContestSelectionId", sat), sat);
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

    int rank(Object raw, String at) {
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
            throw new InputException(file, at + "." + key, v == null ? "is missing"
                    : v instanceof XmlRecords.Repeated ? "appears more than once" : "is not a string");
        }
        return s;
    }
}
