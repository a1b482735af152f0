package org.bellwether.formats.cvr;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ranked.BallotIdentity;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.rule.BallotRules;
import org.bellwether.formats.InputException;

/**
 * Clear Ballot's cast-vote-record CSV (RCTab's {@code clearBallot} provider): ten ballot columns (row number, box,
 * position, ballot id, precinct id, ballot style, precinct style, scanner, status, remade), then one column per
 * contest, rank and choice, headed {@code Choice_N_M:CONTEST:RANK:VOTE RULE:CHOICE:PARTY}; a cell of 1 marks that
 * choice at that rank. Only the source's contest is read; ranks beyond {@code maxRankingsAllowed} are not.
 */
final class ClearBallotCsv {

    private static final int FIRST_CHOICE_COLUMN = 10;
    private static final int PRECINCT_COLUMN = 4;
    /** RowNumber, BoxID, BoxPosition, BallotID, PrecinctID, ..., ScanComputerName: the ballot's identity. */
    private static final int BOX_COLUMN = 1;
    private static final int BALLOT_ID_COLUMN = 3;
    private static final int SCANNER_COLUMN = 7;

    private ClearBallotCsv() {
    }

    static void read(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            RankedBallots.Builder ballots) {
        String file = source.path().getFileName().toString();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(source.path())) {
            List<int[]> columns = null;
            int[] marks = new int[16];
            for (CsvRecord record : csv) {
                String where = "line " + record.getStartingLineNumber();
                if (columns == null) {
                    columns = header(file, where, record.getFields(), source, names, uwi, maxRankings);
                    continue;
                }
                int n = 0;
                for (int[] column : columns) {
                    if (column[0] >= record.getFieldCount()) {
                        throw new InputException(file, where, "has " + record.getFieldCount() + " fields, the header "
                                + (column[0] + 1) + " or more");
                    }
                    String cell = record.getField(column[0]).trim();
                    if (cell.equals("1")) {
                        if (n == marks.length) {
                            marks = java.util.Arrays.copyOf(marks, n * 2);
                        }
                        marks[n++] = RankedBallots.mark(column[1], column[2]);
                    } else if (!cell.equals("0") && !cell.isEmpty()) {
                        throw new InputException(file, where + ", column " + (column[0] + 1), "mark "
                                + InputException.echo(cell) + " is not 0 or 1");
                    }
                }
                String precinct = record.getFieldCount() > PRECINCT_COLUMN ? record.getField(PRECINCT_COLUMN) : "";
                if (ballots.keepsIdentities()) {
                    String ballotId = field(record, BALLOT_ID_COLUMN, null);
                    ballots.add(marks, n, precinct, new BallotIdentity(ballotId != null ? ballotId
                            : file + ":" + record.getStartingLineNumber(), field(record, BOX_COLUMN, null),
                            field(record, SCANNER_COLUMN, null), null, ballotId, null));
                } else {
                    ballots.add(marks, n, precinct, 1);
                }
            }
            if (columns == null) {
                throw new InputException(file, "", "is empty: no header row");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new InputException(file, "", "is not valid CSV: " + XlsxSheet.capped(e.getMessage()), e);
        }
    }

    /** For each choice column of the contest: {column, rank, candidate}. */
    private static List<int[]> header(String file, String where, List<String> fields, CvrSource source,
            Map<String, Integer> names, int uwi, int maxRankings) {
        if (fields.size() <= FIRST_CHOICE_COLUMN) {
            throw new InputException(file, where, "has no choice columns (the first is column "
                    + (FIRST_CHOICE_COLUMN + 1) + "): not a Clear Ballot cast-vote-record file");
        }
        List<int[]> columns = new ArrayList<>();
        for (int col = FIRST_CHOICE_COLUMN; col < fields.size(); col++) {
            String[] parts = fields.get(col).split(":", -1);
            if (parts.length != 6) {
                throw new InputException(file, where + ", column " + (col + 1), "heading "
                        + InputException.echo(fields.get(col)) + " is not Choice_N_M:CONTEST:RANK:RULE:CHOICE:PARTY");
            }
            if (!parts[1].equals(source.contestId())) {
                continue;
            }
            int rank;
            try {
                rank = Integer.parseInt(parts[2]);
            } catch (NumberFormatException e) {
                throw new InputException(file, where + ", column " + (col + 1), "rank " + InputException.echo(parts[2])
                        + " is not a whole number");
            }
            if (rank < 1 || rank > CvrLimits.MAX_RANKS) {
                throw new InputException(file, where + ", column " + (col + 1), "rank " + rank + " is outside 1 to "
                        + CvrLimits.MAX_RANKS + " (CvrLimits.MAX_RANKS)");
            }
            if (maxRankings != BallotRules.UNLIMITED && rank > maxRankings) {
                continue;
            }
            String choice = parts[4];
            Integer candidate = uwi >= 0 && choice.equals(source.undeclaredWriteInLabel()) ? Integer.valueOf(uwi)
                    : names.get(choice);
            if (candidate == null) {
                throw new InputException(file, where + ", column " + (col + 1), "choice " + InputException.echo(choice)
                        + " is not a candidate or alias of the configuration");
            }
            columns.add(new int[] {col, rank, candidate});
        }
        return columns;
    }

    private static String field(CsvRecord record, int column, String otherwise) {
        return record.getFieldCount() > column && !record.getField(column).isBlank() ? record.getField(column)
                : otherwise;
    }
}
