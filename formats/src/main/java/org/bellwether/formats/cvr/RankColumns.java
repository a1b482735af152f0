package org.bellwether.formats.cvr;

import java.util.Map;
import org.bellwether.core.ranked.BallotIdentity;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.rule.BallotRules;
import org.bellwether.formats.InputException;

/**
 * Reads a ballot row whose columns are ranks and whose cells name candidates: the ES&amp;S export (xlsx) and the
 * generic rank-column CSV. A cell is read as RCTab reads it: trimmed; split on the overvote delimiter when the
 * source has one; the skipped-rank label is no mark, the overvote label an explicit overvote, the undeclared
 * write-in label the write-in candidate, any other text a candidate's name or alias (an unknown name fails the
 * read). Ranks beyond {@code maxRankingsAllowed} are not read; with {@code treatBlankAsUndeclaredWriteIn}, every
 * blank rank up to the last one read is a write-in.
 */
final class RankColumns {

    private static final String MISSING_PRECINCT = "missing_precinct_id";
    private static final String MISSING_BATCH = "missing_batch_id";

    private final String file;
    private final String rctabStem;
    private final CvrSource source;
    private final Names names;
    private final int uwi;
    private final int maxRankings;
    private final RankedBallots.Builder ballots;
    private final int firstRankColumn;
    private final int sliceColumn;
    private final String missingSlice;
    private int[] marks = new int[32];
    private int count;
    private int lastRank;
    private boolean overvoted;
    private String precinct; // or the batch, when kept by batch
    private String id;
    private String batch;

    /** {@code byBatch}: the ballots are kept by their batch column rather than their precinct column. */
    RankColumns(String file, CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            RankedBallots.Builder ballots, boolean byBatch) {
        this.file = file;
        // RCTab numbers an ES&S file's ballots from 1 after its name, made safe for a file name
        this.rctabStem = file.replaceAll("[^a-zA-Z0-9_\\-.]", "_") + "-";
        this.source = source;
        this.names = new Names(names, source, uwi);
        this.uwi = uwi;
        this.maxRankings = maxRankings;
        this.ballots = ballots;
        this.firstRankColumn = source.firstVoteColumn() - 1;
        this.sliceColumn = (byBatch ? source.batchColumn() : source.precinctColumn()).orElse(0) - 1;
        this.missingSlice = byBatch ? MISSING_BATCH : MISSING_PRECINCT;
    }

    /**
     * Lets CSV cells be matched as they are parsed (see {@link RankCells#matching}): the rank columns read, and
     * the text kept only for the id, batch and slice columns this reading uses. Not when cells may split on an
     * overvote delimiter, whose parts are matched from the cell's text.
     */
    void matchAsParsed(RankCells cells) {
        if (!source.overvoteDelimiter().isEmpty()) {
            return;
        }
        boolean identities = ballots.keepsIdentities();
        boolean slices = identities || ballots.keepsSlices();
        int end = maxRankings == BallotRules.UNLIMITED ? Integer.MAX_VALUE : firstRankColumn + maxRankings;
        cells.matching(names, firstRankColumn, end, identities ? source.idColumn().orElse(0) - 1 : -1,
                identities ? source.batchColumn().orElse(0) - 1 : -1, slices ? sliceColumn : -1);
    }

    /** Whether a zero-based row index holds a ballot. */
    boolean isBallotRow(long row) {
        return row >= source.firstVoteRow() - 1;
    }

    /** One ballot row. */
    void row(long row, Cells cells) {
        row(row, cells, 1);
    }

    /**
     * {@code times} identical ballot rows, the first of them at {@code row} (a count that keeps identities adds one
     * at a time).
     */
    void row(long row, Cells cells, long times) {
        count = 0;
        lastRank = 0;
        overvoted = false;
        precinct = null;
        id = null;
        batch = null;
        // a count alone makes no String per ballot for its id, batch or precinct
        boolean identities = ballots.keepsIdentities();
        boolean slices = identities || ballots.keepsSlices();
        int idColumn = source.idColumn().orElse(0) - 1;
        int batchColumn = source.batchColumn().orElse(0) - 1;
        for (int i = 0; i < cells.size(); i++) {
            int col = cells.column(i);
            if (identities && (col == idColumn || col == batchColumn)) {
                identity(col == idColumn, cells.text(i));
            }
            if (col == sliceColumn) {
                precinct = slices ? cells.text(i) : null;
            } else if (col >= firstRankColumn && (maxRankings == BallotRules.UNLIMITED
                    || col < firstRankColumn + maxRankings)) {
                rankCell(row, col - firstRankColumn + 1, cells, i);
            }
        }
        if (maxRankings != BallotRules.UNLIMITED) {
            blanksBefore(maxRankings + 1);
        }
        if (slices && sliceColumn >= 0 && precinct == null) {
            precinct = missingSlice;
        }
        if (overvoted) {
            overvoteAlone(row);
        }
        if (ballots.keepsIdentities()) {
            ballots.add(marks, count, precinct, new BallotIdentity(id != null ? id
                    : file + ":" + (row + 1), batch, null, rctabStem + (row - source.firstVoteRow() + 2), id, null));
        } else {
            ballots.add(marks, count, precinct, times);
        }
    }

    private void identity(boolean isId, String text) {
        if (isId) {
            id = text;
        } else {
            batch = text;
        }
    }

    private void rankCell(long row, int rank, Cells cells, int i) {
        if (cells.blank(i)) {
            return;
        }
        if (rank > CvrLimits.MAX_RANKS) {
            throw new InputException(file, "row " + (row + 1), "ranks beyond " + CvrLimits.MAX_RANKS
                    + " (CvrLimits.MAX_RANKS)");
        }
        blanksBefore(rank);
        String delimiter = source.overvoteDelimiter();
        if (!delimiter.isEmpty() && cells.contains(i, delimiter)) {
            String text = cells.text(i);
            for (String part : text.split(java.util.regex.Pattern.quote(delimiter), -1)) {
                String name = part.trim();
                if (name.isEmpty() || name.equals(source.skippedRankLabel())) {
                    throw new InputException(file, "row " + (row + 1) + ", rank " + rank, "cell "
                            + InputException.echo(text) + " splits on the overvote delimiter into a blank or"
                            + " skipped rank");
                }
                mark(row, rank, names.lookup(name), name);
            }
        } else {
            int code = cells.lookup(i, names);
            if (code != Names.SKIPPED) {
                mark(row, rank, code, code == Names.UNKNOWN ? cells.text(i) : null);
            }
        }
        lastRank = rank;
    }

    private void blanksBefore(int rank) {
        if (source.treatBlankAsUndeclaredWriteIn()) {
            for (int r = lastRank + 1; r < rank; r++) {
                add(RankedBallots.mark(r, uwi));
            }
        }
    }

    private void mark(long row, int rank, int code, String name) {
        if (code == Names.UNKNOWN || code == Names.SKIPPED) {
            throw new InputException(file, "row " + (row + 1) + ", rank " + rank, "candidate "
                    + InputException.echo(name == null ? "?" : name)
                    + " is not a candidate or alias of the configuration");
        }
        overvoted |= code == RankedBallots.OVERVOTE;
        add(RankedBallots.mark(rank, code));
    }

    /** RCTab refuses a rank that has the overvote label and a candidate (split by the delimiter); so does this. */
    private void overvoteAlone(long row) {
        for (int i = 0; i < count; i++) {
            if ((marks[i] & 0xFFFF) != RankedBallots.OVERVOTE) {
                continue;
            }
            for (int k = 0; k < count; k++) {
                if (k != i && marks[k] >>> 16 == marks[i] >>> 16) {
                    throw new InputException(file, "row " + (row + 1) + ", rank " + (marks[i] >>> 16),
                            "marks the overvote label and a candidate at the same rank");
                }
            }
        }
    }

    private void add(int mark) {
        if (count == marks.length) {
            marks = java.util.Arrays.copyOf(marks, count * 2);
        }
        marks[count++] = mark;
    }
}
