package org.bellwether.formats.cvr;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
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
 * RCTab's generic CSV: the first row names a candidate in each column from {@code firstVoteColumnIndex}; each
 * later row from {@code firstVoteRowIndex} is a ballot whose cell in a candidate's column is the rank it gave that
 * candidate (blank for none). The column named by the undeclared write-in label is the write-in candidate.
 */
final class CandidateColumns {

    private CandidateColumns() {
    }

    static void read(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            RankedBallots.Builder ballots) {
        String file = source.path().getFileName().toString();
        int first = source.firstVoteColumn() - 1;
        int precinctColumn = source.precinctColumn().orElse(0) - 1;
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(source.path())) {
            List<Integer> candidates = null;
            long row = 0;
            int[] marks = new int[16];
            for (CsvRecord record : csv) {
                List<String> fields = record.getFields();
                String where = "line " + record.getStartingLineNumber();
                if (candidates == null) {
                    candidates = header(file, where, fields, first, names, source, uwi);
                } else if (row >= source.firstVoteRow() - 1) {
                    int n = 0;
                    for (int col = first; col < fields.size() && col - first < candidates.size(); col++) {
                        String cell = fields.get(col).trim();
                        if (cell.isEmpty()) {
                            continue;
                        }
                        int rank = rank(file, where, col, cell, maxRankings);
                        if (n == marks.length) {
                            marks = java.util.Arrays.copyOf(marks, n * 2);
                        }
                        marks[n++] = RankedBallots.mark(rank, candidates.get(col - first));
                    }
                    String precinct = precinctColumn >= 0 && precinctColumn < fields.size()
                            && !fields.get(precinctColumn).isBlank() ? fields.get(precinctColumn) : "no precinct id";
                    if (ballots.keepsIdentities()) {
                        // RCTab numbers a generic CSV's ballots from 1, after the header
                        String supplied = field(fields, source.idColumn(), null);
                        ballots.add(marks, n, precinctColumn >= 0 ? precinct : null, new BallotIdentity(
                                supplied != null ? supplied : file + ":" + record.getStartingLineNumber(),
                                field(fields, source.batchColumn(), null), null, Long.toString(row), supplied, null));
                    } else {
                        ballots.add(marks, n, precinctColumn >= 0 ? precinct : null, 1);
                    }
                }
                row++;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new InputException(file, "", "is not valid CSV: " + XlsxSheet.capped(e.getMessage()), e);
        }
    }

    private static List<Integer> header(String file, String where, List<String> fields, int first,
            Map<String, Integer> names, CvrSource source, int uwi) {
        List<Integer> candidates = new ArrayList<>();
        for (int col = first; col < fields.size(); col++) {
            String name = fields.get(col).trim();
            if (name.isEmpty()) {
                throw new InputException(file, where, "the candidate name heading column " + (col + 1) + " is blank");
            }
            Integer index = name.equals(source.undeclaredWriteInLabel()) && uwi >= 0 ? Integer.valueOf(uwi)
                    : names.get(name);
            if (index == null) {
                throw new InputException(file, where, "column " + (col + 1) + " names " + InputException.echo(name)
                        + ", not a candidate or alias of the configuration");
            }
            candidates.add(index);
        }
        return candidates;
    }

    private static int rank(String file, String where, int col, String cell, int maxRankings) {
        int rank;
        try {
            rank = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new InputException(file, where + ", column " + (col + 1), "rank " + InputException.echo(cell)
                    + " is not a whole number");
        }
        int max = maxRankings == BallotRules.UNLIMITED ? CvrLimits.MAX_RANKS : maxRankings;
        if (rank < 1 || rank > max) {
            throw new InputException(file, where + ", column " + (col + 1), "rank " + rank + " is outside 1 to "
                    + max + (maxRankings == BallotRules.UNLIMITED ? " (CvrLimits.MAX_RANKS)" : " (maxRankingsAllowed)"));
        }
        return rank;
    }

    /** A cell of a column counted from 1 as RCTab counts, or {@code otherwise} when the column is unset or blank. */
    private static String field(List<String> fields, java.util.OptionalInt column, String otherwise) {
        int i = column.orElse(0) - 1;
        return i >= 0 && i < fields.size() && !fields.get(i).isBlank() ? fields.get(i) : otherwise;
    }
}
