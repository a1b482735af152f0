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
 * @param runoffs         runoffs linked to the first rounds reported beside them
 */
public record Report(String title, String softwareVersion, List<ElectionReport> elections,
        List<org.bellwether.core.rule.RunoffLink> runoffs) {

    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(softwareVersion, "software version");
        elections = List.copyOf(elections);
        runoffs = List.copyOf(runoffs);
    }

    /** A report with no linked runoffs. */
    public Report(String title, String softwareVersion, List<ElectionReport> elections) {
        this(title, softwareVersion, elections, List.of());
    }
}
