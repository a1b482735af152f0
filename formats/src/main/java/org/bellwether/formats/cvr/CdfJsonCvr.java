package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;

/**
 * One NIST CDF JSON {@code CVR}, walked token by token into reused arrays rather than built as a tree: each
 * snapshot's first {@code CVRContest} of the counted contest, with its selections ({@link CdfJsonSelections}; keys
 * may come in any order), then read as {@link CdfDirectory#rankings} reads a CVR once the CVR ends and its current
 * snapshot is known. Errors name the CVR's JSON path as the tree reading does ({@link CdfJsonWalk}).
 */
final class CdfJsonCvr {

    private final String file;
    private final CdfDirectory directory;
    private final CdfJsonWalk walk;
    private final CdfJsonSelections selections;

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

    CdfJsonCvr(String file, CdfDirectory directory) {
        this.file = file;
        this.directory = directory;
        this.walk = new CdfJsonWalk(file);
        this.selections = new CdfJsonSelections(walk, directory);
    }

    void read(JsonParser parser, JsonToken start, long index, RankedBallots.Builder ballots) throws IOException {
        walk.cvr = index;
        if (start != JsonToken.START_OBJECT) {
            throw walk.fail(walk.cvrAt(), "is not a JSON object");
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
        selections.clear();
        int seen = 0;
        String key;
        for (int read = 0; (key = walk.cvrKeys.next(parser, read)) != null; read++) {
            JsonToken value = parser.nextToken();
            switch (key) {
                case "CurrentSnapshotId" -> {
                    seen = walk.once(seen, 1, key, CdfJsonWalk.CVR);
                    current = CdfJsonWalk.unique(parser, value);
                    currentNotText = current == null;
                }
                case "BallotStyleUnitId" -> {
                    seen = walk.once(seen, 2, key, CdfJsonWalk.CVR);
                    unit = walk.text(parser, value);
                }
                case "CVRSnapshot" -> {
                    seen = walk.once(seen, 4, key, CdfJsonWalk.CVR);
                    if (value != JsonToken.START_ARRAY) {
                        throw walk.fail(walk.cvrAt() + ".CVRSnapshot", "is not a JSON array");
                    }
                    for (JsonToken s = parser.nextToken(); s != JsonToken.END_ARRAY; s = parser.nextToken()) {
                        walk.snapshotAt = snapshots;
                        snapshot(parser, s);
                    }
                }
                case "UniqueId" -> {
                    seen = walk.once(seen, 8, key, CdfJsonWalk.CVR);
                    uniqueId = CdfJsonWalk.identity(parser, value);
                }
                case "BallotPrePrintedId" -> {
                    seen = walk.once(seen, 16, key, CdfJsonWalk.CVR);
                    preprintedId = CdfJsonWalk.identity(parser, value);
                }
                case "BatchSequenceId" -> {
                    seen = walk.once(seen, 32, key, CdfJsonWalk.CVR);
                    batchSequence = CdfJsonWalk.identity(parser, value);
                }
                case "BatchId" -> {
                    seen = walk.once(seen, 64, key, CdfJsonWalk.CVR);
                    batchId = CdfJsonWalk.identity(parser, value);
                }
                case "CreatingDeviceId" -> {
                    seen = walk.once(seen, 128, key, CdfJsonWalk.CVR);
                    device = CdfJsonWalk.identity(parser, value);
                }
                default -> parser.skipChildren();
            }
        }
        add(ballots);
    }

    /** The CVR read, to the ballots: its current snapshot's counted contest, when that snapshot has it. */
    private void add(RankedBallots.Builder ballots) {
        if (current == null) {
            throw walk.fail(walk.cvrAt() + ".CurrentSnapshotId", currentNotText ? "is not a string"
                    : "is missing");
        }
        int snapshot = matching(current);
        if (snapshot < 0) {
            throw walk.fail(walk.cvrAt(), "has no snapshot with its CurrentSnapshotId "
                    + InputException.echo(current));
        }
        if (snapshotContest[snapshot] < 0) {
            return; // the current snapshot does not have the contest: the ballot was not cast in it
        }
        int n = selections.rankings(snapshotFrom[snapshot], snapshotTo[snapshot], snapshotContest[snapshot]);
        if (!ballots.keepsIdentities()) {
            ballots.add(selections.marks(), n, directory.precinctName(unit), 1);
            return;
        }
        ballots.add(selections.marks(), n, directory.precinctName(unit), CdfJsonCvrReader.identity(file, ++counted,
                walk.cvrAt(), uniqueId, preprintedId, batchSequence != null ? batchSequence : batchId, device));
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
            throw walk.fail(walk.snapshotPath(), "is not a JSON object");
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
        String key;
        for (int read = 0; (key = walk.snapshotKeys.next(parser, read)) != null; read++) {
            JsonToken value = parser.nextToken();
            if (key.equals("@id")) {
                seen = walk.once(seen, 1, key, CdfJsonWalk.SNAPSHOT);
                id = CdfJsonWalk.unique(parser, value);
            } else if (key.equals("CVRContest") && value == JsonToken.START_ARRAY) {
                seen = walk.once(seen, 2, key, CdfJsonWalk.SNAPSHOT);
                int k = 0;
                for (JsonToken c = parser.nextToken(); c != JsonToken.END_ARRAY; c = parser.nextToken()) {
                    walk.contestAt = k;
                    chosenHere |= contest(parser, c, k, !chosenHere, number);
                    k++;
                }
            } else if (key.equals("CVRContest")) {
                throw walk.fail(walk.snapshotPath() + ".CVRContest", "is not a JSON array");
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
            throw walk.fail(walk.contestPath(), "is not a JSON object");
        }
        int from = selections.selections();
        int positionsBefore = selections.positions();
        String contestId = null;
        int seen = 0;
        String key;
        for (int read = 0; (key = walk.contestKeys.next(parser, read)) != null; read++) {
            JsonToken value = parser.nextToken();
            if (key.equals("ContestId")) {
                seen = walk.once(seen, 1, key, CdfJsonWalk.CONTEST);
                contestId = walk.text(parser, value);
            } else if (key.equals("CVRContestSelection") && keep) {
                seen = walk.once(seen, 2, key, CdfJsonWalk.CONTEST);
                if (value != JsonToken.START_ARRAY) {
                    throw walk.fail(walk.contestPath() + ".CVRContestSelection", "is not a JSON array");
                }
                int s = 0;
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    walk.selectionAt = s++;
                    selections.selection(parser, e);
                }
            } else {
                parser.skipChildren();
            }
        }
        if (keep && directory.contestId().equals(contestId)) {
            snapshotContest[snapshot] = k;
            snapshotFrom[snapshot] = from;
            snapshotTo[snapshot] = selections.selections();
            return true;
        }
        selections.rewind(from, positionsBefore);
        return false;
    }
}
