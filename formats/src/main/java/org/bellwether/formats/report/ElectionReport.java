package org.bellwether.formats.report;

import java.util.List;
import java.util.Objects;
import org.bellwether.core.Election;

/**
 * What a report says about one election: the contests tabulated, in the order asked for.
 *
 * @param heading  a line naming the election for a reader, e.g. {@code Round 1}
 * @param election the election as read, with its sources and the readers' notes
 * @param contests the contests reported
 */
public record ElectionReport(String heading, Election election, List<ContestReport> contests) {

    public ElectionReport {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(election, "election");
        contests = List.copyOf(contests);
    }
}
