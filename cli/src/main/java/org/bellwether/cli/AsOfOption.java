package org.bellwether.cli;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import org.bellwether.store.AsOf;
import picocli.CommandLine;

/**
 * {@code --as-of VERSION|TIME}: a version number, or a time with its offset (a time without one would mean
 * different moments on different machines).
 */
final class AsOfOption implements CommandLine.ITypeConverter<AsOf> {

    static final String HELP = "tabulate from the results store as they stood at a version (e.g. 3) or a time with"
            + " its offset (e.g. 2017-06-20T21:40:00-04:00) instead of from files";

    @Override
    public AsOf convert(String value) {
        String v = value.strip();
        if (v.matches("[0-9]{1,18}")) {
            long number = Long.parseLong(v);
            if (number >= 1) {
                return new AsOf.Version(number);
            }
        }
        try {
            return new AsOf.Time(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is neither a version number (1, 2, ...)"
                    + " nor a time with its offset such as 2017-06-20T21:40:00-04:00 or 2017-06-21T01:40:00Z");
        }
    }
}
