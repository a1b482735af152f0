package org.bellwether.formats.report;

import java.util.List;
import java.util.Objects;

/**
 * A tabulation report: the elections tabulated and the version of the software that made it. It carries no
 * clock time, so the same inputs give the same bytes.
 *
 * @param title           the report's title
 * @param softwareVersion Bellwether's version
 * @param elections       the elections, in order
 */
public record Report(String title, String softwareVersion, List<ElectionReport> elections) {

    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(softwareVersion, "software version");
        elections = List.copyOf(elections);
    }
}
