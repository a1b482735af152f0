package org.bellwether.formats.specials;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.formats.InputException;

/**
 * Reads FiveThirtyEight's table of a cycle's special elections ({@code special-elections.csv}: date, state, race,
 * median household income, % bachelor's degree, Clinton's margin over Obama's, the Democratic margin's
 * improvement over partisan lean). Its quirks, each read here and refused when malformed: percentages written as
 * text ({@code 24%}, {@code -23%}, {@code 42.10%}), money as {@code "$65,548 "} with a trailing space, census
 * figures {@code N/A} where the table has none, dates as {@code M/D/YY} (two-digit years are read as 20YY: the
 * table covers 2017 and 2018), and race names in several styles (see {@link Race}).
 */
public final class PublishedSpecialsFile {

    /** A cycle has a few hundred specials; more rows is not this table. */
    static final int MAX_ROWS = 10_000;
    static final List<String> HEADER = List.of("Date", "State", "Race", "Median Household Income",
            "% Bachelor's Degree or Higher", "Clinton Margin Improvement Over Obama",
            "2017-2018 Dem Margin Improvement Over Partisan Lean");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d{1,3}(?:\\.\\d{1,4})?)%");
    private static final Pattern MONEY = Pattern.compile("\\$(\\d{1,3}(?:,\\d{3})*) ?");

    private PublishedSpecialsFile() {
    }

    public static List<PublishedSpecial> read(Path file) {
        String name = file.toString();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(file)) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw new InputException(name, "", "file is empty: expected the header " + String.join(",", HEADER));
            }
            List<String> header = records.next().getFields().stream().map(String::strip).toList();
            if (!header.equals(HEADER)) {
                throw new InputException(name, "line 1", "not FiveThirtyEight's special-elections header: "
                        + InputException.echo(String.join(",", header)) + ", expected " + String.join(",", HEADER));
            }
            List<PublishedSpecial> rows = new ArrayList<>();
            while (records.hasNext()) {
                CsvRecord r = records.next();
                if (rows.size() == MAX_ROWS) {
                    throw new InputException(name, "line " + r.getStartingLineNumber(), "more than " + MAX_ROWS
                            + " rows (PublishedSpecialsFile.MAX_ROWS)");
                }
                rows.add(row(new Place(name, r.getStartingLineNumber()), r));
            }
            return List.copyOf(rows);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "file does not exist", e);
        } catch (IOException | CsvParseException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Where a field is, for its error message. */
    private record Place(String file, long line) {
        InputException error(String column, String value, String problem) {
            return new InputException(file, "line " + line, column + " " + InputException.echo(value) + " " + problem);
        }
    }

    private static PublishedSpecial row(Place at, CsvRecord r) {
        if (r.getFieldCount() != HEADER.size()) {
            throw new InputException(at.file(), "line " + at.line(), "has " + r.getFieldCount() + " fields, expected "
                    + HEADER.size());
        }
        String state = r.getField(1).strip();
        String raceName = r.getField(2).strip();
        return new PublishedSpecial(at.line(), date(at, r.getField(0).strip()),
                StateNames.code(state).orElseThrow(() -> at.error("state", state, "is not a state's name")),
                RaceNames.parse(raceName).orElseThrow(() -> at.error("race", raceName, "is in no known style"
                        + " (6th CD, At-Large CD, U.S. Senate, Governor, HD-21, SD-14, Belknap HD-09, 1st Berkshire HD)")),
                money(at, r.getField(3)), optionalPercent(at, "bachelor's %", r.getField(4)),
                percent(at, "Clinton over Obama", r.getField(5)), percent(at, "improvement over lean", r.getField(6)));
    }

    /** {@code M/D/YY}, the year in this century. */
    static LocalDate date(Place at, String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw at.error("date", text, "is not written M/D/YY");
        }
        try {
            return LocalDate.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            throw at.error("date", text, "is not a day of the calendar");
        }
    }

    /** {@code "$65,548 "} → 65548; {@code N/A} → empty. */
    static Optional<BigDecimal> money(Place at, String text) {
        if (text.strip().equals("N/A")) {
            return Optional.empty();
        }
        Matcher m = MONEY.matcher(text);
        if (!m.matches()) {
            throw at.error("median income", text, "is not written $N,NNN or N/A");
        }
        return Optional.of(new BigDecimal(m.group(1).replace(",", "")));
    }

    static Optional<BigDecimal> optionalPercent(Place at, String column, String text) {
        return text.strip().equals("N/A") ? Optional.empty() : Optional.of(percent(at, column, text));
    }

    /** {@code 24%} → 24, {@code -23%} → −23, {@code 42.10%} → 42.10 (the scale as written). */
    static BigDecimal percent(Place at, String column, String text) {
        Matcher m = PERCENT.matcher(text.strip());
        if (!m.matches()) {
            throw at.error(column, text, "is not a percentage written N% or -N%");
        }
        return new BigDecimal(m.group(1));
    }
}
