package org.bellwether.formats.openelections;

import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.InputException;

/**
 * Explains a duplicate row with the line of its first copy. ElectionBuilder reports which tally already holds
 * the key, not its line, so the file is read again into a fresh builder up to the duplicate's line while a
 * {@link LineLog} records lines; the same duplicate then shows up again with the first copy's line.
 */
final class Duplicates {

    private Duplicates() {
    }

    static InputException explain(DuplicateRow duplicate, ReadContext context) {
        LineLog log = LineLog.recording();
        ReadContext fresh = ReadContext.of(context.file(), new ElectionBuilder(), context.options());
        try {
            CsvPass.read(fresh, log, duplicate.line, Long.MAX_VALUE);
        } catch (DuplicateRow again) {
            long first = again.statistic ? log.statisticLine(again.existing) : log.tallyLine(again.existing);
            if (again.line == duplicate.line && first > 0) {
                return context.error(duplicate.line, "duplicate row: " + duplicate.what
                        + " was already given on line " + first);
            }
        }
        return context.error(duplicate.line, "duplicate row: " + duplicate.what
                + " was already read from an earlier file");
    }
}
