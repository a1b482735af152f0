package org.bellwether.formats.cvr;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bellwether.formats.InputException;

/**
 * The layout and candidates of the spreadsheet-shaped cast-vote records, read from their header row (and, for a
 * sheet whose cells name candidates, from every cell of its rank columns): the ES&amp;S export, RCTab's generic CSV
 * and Clear Ballot's CSV.
 */
final class SheetLayouts {

    /** A heading of a rank column: "Choice 1", "1st Choice", "For Mayor Choice 2 (50)", "Rank 3". */
    private static final Pattern RANK = Pattern.compile("(?i).*\\b(choice|rank)\\b.*");
    private static final Pattern ID = Pattern.compile("(?i)cast vote record|ballot ?(#|id)|record ?id|cvr ?id");
    private static final Pattern PRECINCT = Pattern.compile("(?i)precinct");
    private static final String OVERVOTE = "overvote";
    private static final String UNDERVOTE = "undervote";
    /** The label ES&amp;S exports write for an undeclared write-in. */
    private static final String UWI = "UWI";

    private SheetLayouts() {
    }

    /** The text's characters as Unicode code points, U+2003 for an em space. */
    private static String codes(String text) {
        return text.codePoints().mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** Whether a CSV header line names rank columns. */
    static boolean rankHeader(String header) {
        for (String field : header.split(",")) {
            if (RANK.matcher(field).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ES&amp;S export: the rank columns are the consecutive ones headed as ranks, the precinct column the one
     * headed "Precinct", the id column one headed "Cast Vote Record" or "Ballot ID"; the candidates are the texts
     * found in the rank columns other than RCTab's suggested labels ("overvote", "undervote") and ES&amp;S's "UWI",
     * which is taken as the undeclared write-in label when it occurs.
     */
    static CvrDiscovery.Layout ess(Path path) {
        List<List<String>> header = new ArrayList<>();
        List<CvrDiscovery.Found> found = new ArrayList<>();
        int[] ranks = new int[2]; // first rank column, number of rank columns
        boolean[] uwi = {false};
        String file = CvrDiscovery.name(path);
        boolean csv = file.toLowerCase(Locale.ROOT).endsWith(".csv");
        RankRows.Recorder[] kept = new RankRows.Recorder[1];
        RowSink sink = (row, line, columns, texts, size) -> {
            if (row == 0) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    while (cells.size() < columns[i]) {
                        cells.add(null);
                    }
                    cells.add(texts[i]);
                }
                header.add(cells);
                layout(file, cells, ranks);
                found.add(new CvrDiscovery.Found("", stem(file)));
                String precinct = column(cells, PRECINCT);
                kept[0] = new RankRows.Recorder(path, csv, ranks[0], precinct.isEmpty() ? -1
                        : Integer.parseInt(precinct) - 1);
                return;
            }
            if (kept[0] != null) {
                kept[0].row(row, line, columns, texts, size);
            }
            for (int i = 0; i < size; i++) {
                if (columns[i] < ranks[0] || columns[i] >= ranks[0] + ranks[1]) {
                    continue;
                }
                String text = texts[i] == null ? "" : texts[i].trim();
                // blank as the count reads the cell (StringCells, RankCells): an xlsx cell of only white space is
                // blank there, a CSV one is text, which no candidate's name can be
                boolean blank = csv ? text.isEmpty() : text.isBlank();
                if (!blank && text.isBlank()) {
                    throw new InputException(file, "row " + (row + 1) + ", rank " + (columns[i] - ranks[0] + 1),
                            "the cell holds only white space (" + codes(text) + "), not a candidate's name nor a"
                                    + " label");
                }
                if (text.equals(UWI)) {
                    uwi[0] = true;
                } else if (!blank && !text.equals(OVERVOTE) && !text.equals(UNDERVOTE)) {
                    found.get(0).add(text, "");
                }
            }
        };
        if (csv) {
            csv(path, sink, kept);
        } else {
            xlsx(path, sink);
        }
        if (header.isEmpty()) {
            throw new InputException(file, "", "is empty: no header row");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("firstVoteColumnIndex", String.valueOf(ranks[0] + 1));
        settings.put("firstVoteRowIndex", "2");
        settings.put("idColumnIndex", column(header.get(0), ID));
        settings.put("batchColumnIndex", "");
        settings.put("precinctColumnIndex", column(header.get(0), PRECINCT));
        settings.put("overvoteDelimiter", "");
        settings.put("overvoteLabel", OVERVOTE);
        settings.put("skippedRankLabel", UNDERVOTE);
        settings.put("undeclaredWriteInLabel", uwi[0] ? UWI : "");
        settings.put(CvrDiscovery.RANKS, String.valueOf(ranks[1]));
        return new CvrDiscovery.Layout(path, "ess", settings, List.of(found.get(0).contest()), kept[0].done());
    }

    /**
     * RCTab's generic CSV: a header row, the candidates' columns from the first one whose heading is not an id,
     * precinct or batch, nor blank (as "Response ID, precinct_id, batch_id" head the usual survey export) to the end;
     * a column headed "Write-In" or "UWI" is the undeclared write-in.
     */
    static CvrDiscovery.Layout genericCsv(Path path) {
        String file = CvrDiscovery.name(path);
        List<String> header = firstRow(path);
        Pattern identity = Pattern.compile("(?i)(.*[ _])?(id|precinct|batch|ballot|record|response|tabulator)([ _].*)?");
        int first = 0;
        // a blank heading before the candidates heads an id column (RCTab's own test file has one)
        while (first < header.size() && (header.get(first).isBlank() || identity.matcher(header.get(first)).matches())) {
            first++;
        }
        if (first >= header.size()) {
            throw new InputException(file, "line 1", "has no candidate columns (every heading names an id, precinct"
                    + " or batch)");
        }
        CvrDiscovery.Found contest = new CvrDiscovery.Found("", stem(file));
        String writeIn = "";
        for (int c = first; c < header.size(); c++) {
            String name = header.get(c).trim();
            if (name.equalsIgnoreCase("write-in") || name.equals(UWI)) {
                writeIn = name;
            }
            contest.add(name, "");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("firstVoteColumnIndex", String.valueOf(first + 1));
        settings.put("firstVoteRowIndex", "2");
        settings.put("idColumnIndex", column(header, Pattern.compile("(?i)(response|ballot|record|cvr)[ _]?id")));
        settings.put("batchColumnIndex", column(header, Pattern.compile("(?i)batch([ _]?id)?")));
        settings.put("precinctColumnIndex", column(header, Pattern.compile("(?i)precinct([ _]?id)?")));
        settings.put("overvoteDelimiter", "");
        settings.put("overvoteLabel", "");
        settings.put("skippedRankLabel", "");
        settings.put("undeclaredWriteInLabel", writeIn);
        CvrDiscovery.Contest found = contest.contest();
        if (!writeIn.isEmpty()) {
            String w = writeIn;
            found = new CvrDiscovery.Contest("", found.name(), found.candidates().stream()
                    .filter(c -> !c.name().equals(w)).toList(), "");
        }
        return new CvrDiscovery.Layout(path, "genericCsv", settings, List.of(found));
    }

    /**
     * Clear Ballot's CSV: each choice column headed {@code Choice_N_M:CONTEST:RANK:RULE:CHOICE:PARTY}, so that the
     * header alone gives the contests, their candidates and their ranks.
     */
    static CvrDiscovery.Layout clearBallot(Path path) {
        String file = CvrDiscovery.name(path);
        List<String> header = firstRow(path);
        Map<String, CvrDiscovery.Found> contests = new LinkedHashMap<>();
        for (int c = 10; c < header.size(); c++) {
            String[] parts = header.get(c).split(":", -1);
            if (parts.length != 6) {
                throw new InputException(file, "line 1, column " + (c + 1), "heading " + InputException.echo(
                        header.get(c)) + " is not Choice_N_M:CONTEST:RANK:RULE:CHOICE:PARTY");
            }
            contests.computeIfAbsent(parts[1], k -> new CvrDiscovery.Found(k, k)).add(parts[4], "");
        }
        if (contests.isEmpty()) {
            throw new InputException(file, "line 1", "has no choice columns: not a Clear Ballot cast-vote-record file");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("undeclaredWriteInLabel", "");
        return new CvrDiscovery.Layout(path, "clearBallot", settings,
                contests.values().stream().map(CvrDiscovery.Found::contest).toList());
    }

    /** A row's cells as column indexes and texts, in column order; {@code line} its CSV line (xlsx: 0). */
    private interface RowSink {
        void row(long row, long line, int[] columns, String[] texts, int size);
    }

    private static void layout(String file, List<String> header, int[] ranks) {
        int first = -1;
        int n = 0;
        for (int c = 0; c < header.size(); c++) {
            boolean rank = header.get(c) != null && RANK.matcher(header.get(c)).matches();
            if (rank && first < 0) {
                first = c;
            }
            if (rank && first >= 0 && c == first + n) {
                n++;
            }
        }
        if (first < 0) {
            throw new InputException(file, "row 1", "has no rank columns (headings such as \"Choice 1\", \"1st"
                    + " Choice\" or \"Rank 1\"): give an RCTab configuration for this layout");
        }
        ranks[0] = first;
        ranks[1] = n;
    }

    /** The 1-based column whose heading matches, as text, or blank. */
    private static String column(List<String> header, Pattern heading) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c) != null && heading.matcher(header.get(c).trim()).matches()) {
                return String.valueOf(c + 1);
            }
        }
        return "";
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static void xlsx(Path path, RowSink sink) {
        try (XlsxSheet sheet = XlsxSheet.open(path)) {
            sheet.rows(row -> sink.row(row.index(), 0, row.columns(), row.texts(), row.size()));
        }
    }

    /** {@code checked[0]}, once made, is told of each record that the CSV count's reading might refuse. */
    private static void csv(Path path, RowSink sink, RankRows.Recorder[] checked) {
        String file = CvrDiscovery.name(path);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(path)) {
            long row = 0;
            int[] columns = new int[64];
            String[] texts = new String[64];
            for (CsvRecord record : csv) {
                List<String> fields = record.getFields();
                if (fields.size() > columns.length) {
                    columns = new int[Math.max(fields.size(), columns.length * 2)];
                    texts = new String[columns.length];
                }
                for (int i = 0; i < fields.size(); i++) {
                    columns[i] = i;
                    texts[i] = fields.get(i);
                }
                sink.row(row, record.getStartingLineNumber(), columns, texts, fields.size());
                if (checked[0] != null) { // made from the header, which is checked too
                    checked[0].checkCsv(fields, row);
                }
                row++;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new InputException(file, "", "is not valid CSV: " + XlsxSheet.capped(e.getMessage()), e);
        }
    }

    private static List<String> firstRow(Path path) {
        List<List<String>> rows = new ArrayList<>();
        String file = CvrDiscovery.name(path);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(path)) {
            for (CsvRecord record : csv) {
                rows.add(record.getFields());
                break;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new InputException(file, "", "is not valid CSV: " + XlsxSheet.capped(e.getMessage()), e);
        }
        if (rows.isEmpty()) {
            throw new InputException(file, "", "is empty: no header row");
        }
        return rows.get(0);
    }
}
