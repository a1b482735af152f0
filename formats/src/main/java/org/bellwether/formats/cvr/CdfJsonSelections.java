package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import org.bellwether.core.ranked.RankedBallots;

/**
 * The {@code CVRContestSelection}s of one NIST CDF JSON CVR's counted contest, kept in reused arrays as the walk
 * meets them (ids, ranks and positions as text, since keys may come in any order), and turned into the ballot's
 * marks once the CVR's current snapshot is known, as {@link CdfDirectory#rankings} reads them from a tree.
 */
final class CdfJsonSelections {

    private final CdfJsonWalk walk;
    private final CdfDirectory directory;

    private int selections;
    private String[] selectionId = new String[16];
    private String[] selectionRank = new String[16];
    private int[] positionsFrom = new int[16];
    private int positions;
    private String[] positionRank = new String[16];
    private boolean[] positionSkipped = new boolean[16];
    private boolean[] positionWriteIn = new boolean[16];
    private int[] marks = new int[16];

    CdfJsonSelections(CdfJsonWalk walk, CdfDirectory directory) {
        this.walk = walk;
        this.directory = directory;
    }

    /** Forgets every selection read, for the next CVR. */
    void clear() {
        selections = 0;
        positions = 0;
    }

    /** How many selections are kept: where the next contest's begin. */
    int selections() {
        return selections;
    }

    /** How many positions are kept. */
    int positions() {
        return positions;
    }

    /** Drops what was kept after the given counts (a contest that is not the counted one). */
    void rewind(int selectionsBefore, int positionsBefore) {
        selections = selectionsBefore;
        positions = positionsBefore;
    }

    /** The marks made by the last {@link #rankings}. */
    int[] marks() {
        return marks;
    }

    void selection(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw walk.fail(walk.selectionPath(), "is not a JSON object");
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
        String key;
        for (int read = 0; (key = walk.selectionKeys.next(parser, read)) != null; read++) {
            JsonToken value = parser.nextToken();
            switch (key) {
                case "ContestSelectionId" -> {
                    seen = walk.once(seen, 1, key, CdfJsonWalk.SELECTION);
                    selectionId[i] = walk.text(parser, value);
                }
                case "Rank" -> {
                    seen = walk.once(seen, 2, key, CdfJsonWalk.SELECTION);
                    selectionRank[i] = walk.scalar(parser, value);
                }
                case "SelectionPosition" -> {
                    seen = walk.once(seen, 4, key, CdfJsonWalk.SELECTION);
                    if (value != JsonToken.START_ARRAY) {
                        throw walk.fail(walk.selectionPath() + ".SelectionPosition", "is not a JSON array");
                    }
                    int p = 0;
                    for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                        walk.positionAt = p++;
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
            throw walk.fail(walk.positionPath(), "is not a JSON object");
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
        String key;
        for (int read = 0; (key = walk.positionKeys.next(parser, read)) != null; read++) {
            JsonToken value = parser.nextToken();
            switch (key) {
                case "Rank" -> {
                    seen = walk.once(seen, 1, key, CdfJsonWalk.POSITION);
                    positionRank[i] = walk.scalar(parser, value);
                }
                case "HasIndication", "IsAllocable" -> {
                    seen = walk.once(seen, key.equals("IsAllocable") ? 2 : 4, key, CdfJsonWalk.POSITION);
                    positionSkipped[i] |= CdfJsonWalk.isNo(parser, value);
                }
                case "CVRWriteIn" -> {
                    seen = walk.once(seen, 8, key, CdfJsonWalk.POSITION);
                    positionWriteIn[i] = true;
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
    }

    /**
     * The rankings of the selections from {@code from} to {@code to} (the counted contest, at index {@code contest}
     * of its snapshot) into {@link #marks}, as the tree reading makes them; returns how many. A path is made only
     * for an error: {@link CdfDirectory} then says what is wrong, as it does for the tree.
     */
    int rankings(int from, int to, int contest) {
        int n = 0;
        for (int s = from; s < to; s++) {
            Integer known = selectionId[s] == null ? null : directory.codeOrNull(selectionId[s]);
            if (known == null) {
                String at = rankedAt(contest, s - from, -1);
                if (selectionId[s] == null) {
                    throw walk.fail(at + ".ContestSelectionId", "is missing");
                }
                directory.code(selectionId[s], at); // throws, saying why
            }
            int code = known;
            if (selectionRank[s] != null) {
                n = mark(n, rank(selectionRank[s], contest, s - from, -1), code);
                continue;
            }
            for (int p = positionsFrom[s]; p < positionsFrom[s + 1]; p++) {
                int candidate = positionWriteIn[p]
                        ? directory.writeIn(rankedAt(contest, s - from, p - positionsFrom[s])) : code;
                if (!positionSkipped[p]) {
                    n = mark(n, rank(positionRank[p], contest, s - from, p - positionsFrom[s]), candidate);
                }
            }
        }
        return n;
    }

    /** A rank of one digit read directly; anything else is left to {@link CdfDirectory#rank}. */
    private int rank(String raw, int contest, int selection, int position) {
        if (raw != null && raw.length() == 1 && raw.charAt(0) >= '1' && raw.charAt(0) <= '9') {
            int rank = raw.charAt(0) - '0';
            if (directory.rankAllowed(rank)) {
                return rank;
            }
        }
        return directory.rank(raw, rankedAt(contest, selection, position));
    }

    /** The tree reading's path of a counted selection (or of its position, when {@code position} is not -1). */
    private String rankedAt(int contest, int selection, int position) {
        String at = walk.cvrAt() + ".CVRContest[" + contest + "].CVRContestSelection[" + selection + "]";
        return position < 0 ? at : at + ".SelectionPosition[" + position + "]";
    }

    private int mark(int n, int rank, int candidate) {
        if (n == marks.length) {
            marks = Arrays.copyOf(marks, n * 2);
        }
        marks[n] = RankedBallots.mark(rank, candidate);
        return n + 1;
    }
}
