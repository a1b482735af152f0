package org.bellwether.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * An election day typed by a user: an ISO date from 1788 (the first federal elections) to 2999. A year 0000 or
 * 9999 is a typo, and stored it would sort and key the election wrongly for good.
 */
final class ElectionDay implements CommandLine.ITypeConverter<LocalDate> {

    static final String RANGE = "from 1788-01-01 to 2999-12-31";
    private static final LocalDate FIRST = LocalDate.of(1788, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    @Override
    public LocalDate convert(String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date as YYYY-MM-DD");
        }
        if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an election day: give one " + RANGE);
        }
        return day;
    }
}
