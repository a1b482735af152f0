package org.bellwether.formats.baseline;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.formats.InputException;

/**
 * Reads a partisan-lean CSV in FiveThirtyEight's layout: a header {@code district,<column>} (a byte-order mark
 * and CRLF line ends allowed), then one row per district with a lean written {@code R+14.5}, {@code D+3.2} or
 * {@code EVEN}. When the file has several lean columns, the caller names the one to use; with one, it is taken.
 */
public final class PartisanLeanFile {

    /** 435 districts, with room for territories and a later apportionment; more rows is not a lean table. */
    static final int MAX_ROWS = 1_000;
    private static final Pattern LEAN = Pattern.compile("([RD])\\+(\\d{1,3}(?:\\.\\d{1,6})?)");

    private PartisanLeanFile() {
    }

    /** @param column the lean column's header, or null to take the only one */
    public static PartisanLeans read(Path file, String column) {
        String name = file.toString();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofCsvRecord(file)) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw new InputException(name, "", "file is empty: expected a header district,<lean column>");
            }
            List<String> header = records.next().getFields().stream().map(String::strip).toList();
            int districtColumn = header.indexOf("district");
            int leanColumn = leanColumn(name, header, column);
            if (districtColumn < 0) {
                throw new InputException(name, "line 1", "no 'district' column in the header " + header);
            }
            return new PartisanLeans(header.get(leanColumn), rows(name, records, districtColumn, leanColumn));
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "file does not exist", e);
        } catch (IOException | CsvParseException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static int leanColumn(String name, List<String> header, String column) {
        if (column != null) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new InputException(name, "line 1", "no lean column " + InputException.echo(column)
                        + " in the header " + header);
            }
            return index;
        }
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).equals("district")) {
                others.add(i);
            }
        }
        if (others.size() != 1) {
            throw new InputException(name, "line 1", "expected one lean column beside 'district', found "
                    + others.size() + " in " + header + "; name the one to use");
        }
        return others.get(0);
    }

    private static List<PartisanLeans.Row> rows(String name, Iterator<CsvRecord> records, int district, int lean) {
        List<PartisanLeans.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (records.hasNext()) {
            CsvRecord r = records.next();
            String line = "line " + r.getStartingLineNumber();
            if (rows.size() == MAX_ROWS) {
                throw new InputException(name, line, "more than " + MAX_ROWS + " rows (PartisanLeanFile.MAX_ROWS)");
            }
            if (r.getFieldCount() <= Math.max(district, lean)) {
                throw new InputException(name, line, "has " + r.getFieldCount() + " fields, too few");
            }
            String id = r.getField(district).strip();
            if (id.isEmpty() || !seen.add(id.toUpperCase(Locale.ROOT))) {
                throw new InputException(name, line, "district " + InputException.echo(id) + " is blank or repeated");
            }
            rows.add(new PartisanLeans.Row(id, lean(name, line, r.getField(lean).strip())));
        }
        return rows;
    }

    /** {@code R+14.5} → 14.5, {@code D+41.69} → −41.69, {@code EVEN} → 0. */
    static BigDecimal lean(String name, String line, String text) {
        if (text.equalsIgnoreCase("EVEN")) {
            return BigDecimal.ZERO;
        }
        Matcher m = LEAN.matcher(text);
        if (!m.matches()) {
            throw new InputException(name, line, "lean " + InputException.echo(text)
                    + " is not written R+N, D+N or EVEN");
        }
        BigDecimal points = new BigDecimal(m.group(2));
        return m.group(1).equals("R") ? points : points.negate();
    }
}
