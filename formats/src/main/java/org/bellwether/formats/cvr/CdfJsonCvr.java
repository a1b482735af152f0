package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;

/**
 * One NIST CDF JSON {@code CVR}, walked token by token into reused arrays rather than built as a tree: each
 * snapshot's first {@code CVRContest} of the counted contest, with its selections' ids, ranks and positions kept
 * as text (keys may come in any order), then read as {@link CdfDirectory#rankings} reads a CVR once the CVR ends
 * and its current snapshot is known. Errors name the CVR's JSON path as the tree reading does.
 */
final class CdfJsonCvr {

    private final String file;
    private final CdfDirectory directory;

    // the CVR being read
    private String current;
    private boolean currentNotText;
    private String unit;
    // its identity, for the store and audits: UniqueId, else BallotPrePrintedId; BatchSequenceId, else BatchId
    private String uniqueId;
    private String preprintedId;
    private String batchSequence;
    private String batchId;
    private String device;
    private long counted; // the ballots of the contest read so far, which RCTab numbers its ids by
    // per snapshot, first seen first: its id, and its first CVRContest of the counted contest (-1 for none) with
    // that contest's selections
    private int snapshots;
    private String[] snapshotId = new String[4];
    private int[] snapshotContest = new int[4];
    private int[] snapshotFrom = new int[4];
    private int[] snapshotTo = new int[4];
    // selections of contests read so far (only the chosen contest's are kept)
    private int selections;
    private String[] selectionId = new String[16];
    private String[] selectionRank = new String[16];
    private int[] positionsFrom = new int[16];
    private int positions;
    private String[] positionRank = new String[16];
    private boolean[] positionSkipped = new boolean[16];
    private boolean[] positionWriteIn = new boolean[16];
    private int[] marks = new int[16];
    // where the walk is, for an error's JSON path (made only when one is thrown)
    private long cvr;
    private int snapshotAt;
    private int contestAt;
    private int selectionAt;
    private int positionAt;

    CdfJsonCvr(String file, CdfDirectory directory) {
        this.file = file;
        this.directory = directory;
    }

    private String cvrAt() {
        return "$.CVR[" + cvr + "]";
    }

    private String snapshotPath() {
        return cvrAt() + ".CVRSnapshot[" + snapshotAt + "]";
    }

    private String contestPath() {
        return snapshotPath() + ".CVRContest[" + contestAt + "]";
    }

    private String selectionPath() {
        return contestPath() + ".CVRContestSelection[" + selectionAt + "]";
    }

    private String positionPath() {
        return selectionPath() + ".SelectionPosition[" + positionAt + "]";
    }

    void read(JsonParser parser, JsonToken start, long index, RankedBallots.Builder ballots) throws IOException {
        cvr = index;
        if (start != JsonToken.START_OBJECT) {
            throw new InputException(file, cvrAt(), "is not a JSON object");
        }
        current = null;
        currentNotText = false;
        unit = null;
        uniqueId = null;
        preprintedId = null;
        batchSequence = null;
        batchId = null;
        device = null;
        snapshots = 0;
        selections = 0;
        positions = 0;
        int seen = 0;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "CurrentSnapshotId" -> {
                    seen = once(seen, 1, key, 0);
                    current = text(parser, value);
                    currentNotText = current == null;
                }
                case "BallotStyleUnitId" -> {
                    seen = once(seen, 2, key, 0);
                    unit = text(parser, value);
                }
                case "CVRSnapshot" -> {
                    seen = once(seen, 4, key, 0);
                    if (value != JsonToken.START_ARRAY) {
                        throw new InputException(file, cvrAt() + ".CVRSnapshot", "is not a JSON array");
                    }
                    for (JsonToken s = parser.nextToken(); s != JsonToken.END_ARRAY; s = parser.nextToken()) {
                        snapshotAt = snapshots;
                        snapshot(parser, s);
                    }
                }
                case "UniqueId" -> {
                    seen = once(seen, 8, key, 0);
                    uniqueId = identity(parser, value);
                }
                case "BallotPrePrintedId" -> {
                    seen = once(seen, 16, key, 0);
                    preprintedId = identity(parser, value);
                }
                case "BatchSequenceId" -> {
                    seen = once(seen, 32, key, 0);
                    batchSequence = identity(parser, value);
                }
                case "BatchId" -> {
                    seen = once(seen, 64, key, 0);
                    batchId = identity(parser, value);
                }
                case "CreatingDeviceId" -> {
                    seen = once(seen, 128, key, 0);
                    device = identity(parser, value);
                }
                default -> parser.skipChildren();
            }
        }
        if (current == null) {
            throw new InputException(file, cvrAt() + ".CurrentSnapshotId", currentNotText ? "is not a string"
                    : "is missing");
        }
        int snapshot = matching(current);
        if (snapshot < 0) {
            throw new InputException(file, cvrAt(), "has no snapshot with its CurrentSnapshotId "
                    + InputException.echo(current));
        }
        if (snapshotContest[snapshot] < 0) {
            return; // the current snapshot does not have the contest: the ballot was not cast in it
        }
        int n = rankings(snapshot);
        if (!ballots.keepsIdentities()) {
            ballots.add(marks, n, directory.precinctName(unit), 1);
            return;
        }
        ballots.add(marks, n, directory.precinctName(unit), CdfJsonCvrReader.identity(file, ++counted, cvrAt(),
                uniqueId, preprintedId, batchSequence != null ? batchSequence : batchId, device));
    }

    /** An identity field's value as text; null when it is null, an object or an array (not an identity). */
    private static String identity(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
            case VALUE_NULL -> null;
            default -> {
                parser.skipChildren();
                yield null;
            }
        };
    }

    private int matching(String id) {
        for (int i = 0; i < snapshots; i++) {
            if (id.equals(snapshotId[i])) {
                return i;
            }
        }
        return -1;
    }

    private void snapshot(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new InputException(file, snapshotPath(), "is not a JSON object");
        }
        int number = snapshots++;
        if (number == snapshotId.length) {
            snapshotId = Arrays.copyOf(snapshotId, number * 2);
            snapshotContest = Arrays.copyOf(snapshotContest, number * 2);
            snapshotFrom = Arrays.copyOf(snapshotFrom, number * 2);
            snapshotTo = Arrays.copyOf(snapshotTo, number * 2);
        }
        snapshotId[number] = null;
        snapshotContest[number] = -1;
        String id = null;
        boolean chosenHere = false;
        int seen = 0;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("@id")) {
                seen = once(seen, 1, key, 1);
                id = text(parser, value);
            } else if (key.equals("CVRContest") && value == JsonToken.START_ARRAY) {
                seen = once(seen, 2, key, 1);
                int k = 0;
                for (JsonToken c = parser.nextToken(); c != JsonToken.END_ARRAY; c = parser.nextToken()) {
                    contestAt = k;
                    chosenHere |= contest(parser, c, k, !chosenHere, number);
                    k++;
                }
            } else if (key.equals("CVRContest")) {
                throw new InputException(file, snapshotPath() + ".CVRContest", "is not a JSON array");
            } else {
                parser.skipChildren();
            }
        }
        snapshotId[number] = id;
    }

    /** Reads one CVRContest; keeps its selections when it is the counted contest and none was kept yet. */
    private boolean contest(JsonParser parser, JsonToken start, int k, boolean keep, int snapshot)
            throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new InputException(file, contestPath(), "is not a JSON object");
        }
        int from = selections;
        int positionsBefore = positions;
        String contestId = null;
        int seen = 0;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("ContestId")) {
                seen = once(seen, 1, key, 2);
                contestId = text(parser, value);
            } else if (key.equals("CVRContestSelection") && keep) {
                seen = once(seen, 2, key, 2);
                if (value != JsonToken.START_ARRAY) {
                    throw new InputException(file, contestPath() + ".CVRContestSelection", "is not a JSON array");
                }
                int s = 0;
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    selectionAt = s++;
                    selection(parser, e);
                }
            } else {
                parser.skipChildren();
            }
        }
        if (keep && directory.contestId().equals(contestId)) {
            snapshotContest[snapshot] = k;
            snapshotFrom[snapshot] = from;
            snapshotTo[snapshot] = selections;
            return true;
        }
        selections = from;
        positions = positionsBefore;
        return false;
    }

    private void selection(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new InputException(file, selectionPath(), "is not a JSON object");
        }
        int i = selections++;
        if (i == selectionId.length) {
            selectionId = Arrays.copyOf(selectionId, i * 2);
            selectionRank = Arrays.copyOf(selectionRank, i * 2);
            positionsFrom = Arrays.copyOf(positionsFrom, i * 2 + 1);
        }
        selectionId[i] = null;
        selectionRank[i] = null;
        positionsFrom[i] = positions;
        int seen = 0;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "ContestSelectionId" -> {
                    seen = once(seen, 1, key, 3);
                    selectionId[i] = text(parser, value);
                }
                case "Rank" -> {
                    seen = once(seen, 2, key, 3);
                    selectionRank[i] = scalar(parser, value);
                }
                case "SelectionPosition" -> {
                    seen = once(seen, 4, key, 3);
                    if (value != JsonToken.START_ARRAY) {
                        throw new InputException(file, selectionPath() + ".SelectionPosition", "is not a JSON array");
                    }
                    int p = 0;
                    for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                        positionAt = p++;
                        position(parser, e);
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (positionsFrom.length <= selections) {
            positionsFrom = Arrays.copyOf(positionsFrom, selections * 2 + 1);
        }
        positionsFrom[selections] = positions;
    }

    private void position(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new InputException(file, positionPath(), "is not a JSON object");
        }
        int i = positions++;
        if (i == positionRank.length) {
            positionRank = Arrays.copyOf(positionRank, i * 2);
            positionSkipped = Arrays.copyOf(positionSkipped, i * 2);
            positionWriteIn = Arrays.copyOf(positionWriteIn, i * 2);
        }
        positionRank[i] = null;
        positionSkipped[i] = false;
        positionWriteIn[i] = false;
        int seen = 0;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "Rank" -> {
                    seen = once(seen, 1, key, 4);
                    positionRank[i] = scalar(parser, value);
                }
                case "HasIndication", "IsAllocable" -> {
                    seen = once(seen, key.equals("IsAllocable") ? 2 : 4, key, 4);
                    positionSkipped[i] |= "no".equals(text(parser, value));
                }
                case "CVRWriteIn" -> {
                    seen = once(seen, 8, key, 4);
                    positionWriteIn[i] = true;
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
    }

    /**
     * The chosen contest's rankings into {@link #marks}, as the tree reading makes them; returns how many. A path is
     * made only for an error: {@link CdfDirectory} then says what is wrong, as it does for the tree.
     */
    private int rankings(int snapshot) {
        int n = 0;
        int from = snapshotFrom[snapshot];
        for (int s = from; s < snapshotTo[snapshot]; s++) {
            Integer known = selectionId[s] == null ? null : directory.codeOrNull(selectionId[s]);
            if (known == null) {
                String at = rankedAt(snapshot, s - from, -1);
                if (selectionId[s] == null) {
                    throw new InputException(file, at + ".ContestSelectionId", "is missing");
                }
                directory.code(selectionId[s], at); // throws, saying why
            }
            int code = known;
            if (selectionRank[s] != null) {
                n = mark(n, rank(selectionRank[s], snapshot, s - from, -1), code);
                continue;
            }
            for (int p = positionsFrom[s]; p < positionsFrom[s + 1]; p++) {
                int candidate = positionWriteIn[p] ? directory.writeIn(rankedAt(snapshot, s - from, p - positionsFrom[s]))
                        : code;
                if (!positionSkipped[p]) {
                    n = mark(n, rank(positionRank[p], snapshot, s - from, p - positionsFrom[s]), candidate);
                }
            }
        }
        return n;
    }

    /** A rank of one or two digits read directly; anything else is left to {@link CdfDirectory#rank}. */
    private int rank(String raw, int snapshot, int selection, int position) {
        if (raw != null && raw.length() == 1 && raw.charAt(0) >= '1' && raw.charAt(0) <= '9') {
            int rank = raw.charAt(0) - '0';
            if (directory.rankAllowed(rank)) {
                return rank;
            }
        }
        return directory.rank(raw, rankedAt(snapshot, selection, position));
    }

    /** The tree reading's path of a counted selection (or of its position, when {@code position} is not -1). */
    private String rankedAt(int snapshot, int selection, int position) {
        String at = cvrAt() + ".CVRContest[" + snapshotContest[snapshot] + "].CVRContestSelection[" + selection + "]";
        return position < 0 ? at : at + ".SelectionPosition[" + position + "]";
    }

    private int mark(int n, int rank, int candidate) {
        if (n == marks.length) {
            marks = Arrays.copyOf(marks, n * 2);
        }
        marks[n] = RankedBallots.mark(rank, candidate);
        return n + 1;
    }

    /** Marks a key of the object being read as seen; a key read twice in one object is refused. */
    private int once(int seen, int bit, String key, int level) {
        if ((seen & bit) != 0) {
            String at = switch (level) {
                case 0 -> cvrAt();
                case 1 -> snapshotPath();
                case 2 -> contestPath();
                case 3 -> selectionPath();
                default -> positionPath();
            };
            throw new InputException(file, at, "has the key " + InputException.echo(key) + " twice");
        }
        return seen | bit;
    }

    /** A string, a number as its text, or null as {@code ""} (as the tree reading takes them); else null. */
    private static String text(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
            case VALUE_NULL -> "";
            default -> {
                parser.skipChildren();
                yield null;
            }
        };
    }

    /** A rank's raw text; an object or array is passed over and read as text that is not a number. */
    private static String scalar(JsonParser parser, JsonToken value) throws IOException {
        String text = text(parser, value);
        return text != null ? text : value == JsonToken.VALUE_TRUE ? "true" : value == JsonToken.VALUE_FALSE
                ? "false" : "(not a number)";
    }
}
