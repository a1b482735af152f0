package org.bellwether.formats.report;

import java.util.List;
import java.util.Objects;
import org.bellwether.core.Breakdown;
import org.bellwether.core.rule.Outcome;

/**
 * What a report says about one contest: its outcome and the breakdowns asked for.
 *
 * @param outcome    the tabulated outcome, rounds included
 * @param breakdowns the contest's votes by unit level or vote type, in the order asked for
 */
public record ContestReport(Outcome outcome, List<Breakdown> breakdowns) {

    public ContestReport {
        Objects.requireNonNull(outcome, "outcome");
        breakdowns = List.copyOf(breakdowns);
    }
}
