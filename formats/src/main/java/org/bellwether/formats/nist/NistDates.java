package org.bellwether.formats.nist;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates the schema requires and the model may not have. An election without a known date is written with
 * {@link #UNKNOWN}, a day no election was held on, and reads back as having no date. {@code GeneratedDate} is never
 * the clock, so that output is byte-identical across runs: it is the election day at midnight UTC.
 */
final class NistDates {

    static final LocalDate UNKNOWN = LocalDate.of(1, 1, 1);

    private NistDates() {
    }

    static String electionDay(Optional<LocalDate> date) {
        return date.orElse(UNKNOWN).toString();
    }

    static String generated(Optional<LocalDate> date) {
        return electionDay(date) + "T00:00:00Z";
    }
}
