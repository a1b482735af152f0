package org.bellwether.server.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Election;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.formats.clarity.ClarityDetailReader;
import org.bellwether.formats.clarity.ClaritySummary;

/**
 * A Clarity version's zip against its own {@code summary.json}: each summary contest must be in the detail with
 * the same votes. Votes are compared as sorted lists, since the detail reader takes the party out of a choice's
 * name ({@code Jon Ossoff (Dem)}) and the summary keeps it.
 */
final class SummaryCheck {

    private SummaryCheck() {
    }

    /** What differs, in words; empty when they agree, or when the zip does not read (the watcher refuses it then). */
    static Optional<String> against(Path zip, ClaritySummary summary) {
        Election detail;
        try {
            detail = new Readers(List.of(new ClarityDetailReader())).read(List.of(zip), ReadOptions.DEFAULT);
        } catch (InputException | java.io.UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        for (ClaritySummary.Contest c : summary.contests()) {
            int i = detail.contestIndex(c.name());
            if (i < 0) {
                return Optional.of("summary.json names contest '" + c.name() + "', which detailxml.zip does not have");
            }
            List<Long> votes = new ArrayList<>(Arrays.stream(detail.choiceTotals(i)).boxed().toList());
            votes.sort(java.util.Comparator.reverseOrder());
            if (!votes.equals(c.sortedVotes())) {
                return Optional.of("detailxml.zip and summary.json disagree on '" + c.name() + "': votes " + votes
                        + " against " + c.sortedVotes() + " (a version half published)");
            }
        }
        return Optional.empty();
    }

    /** The summary's figures in a log line: each contest's precincts reporting and its leader. */
    static String words(ClaritySummary s) {
        List<String> parts = new ArrayList<>();
        for (ClaritySummary.Contest c : s.contests().subList(0, Math.min(3, s.contests().size()))) {
            String lead = "";
            for (int k = 0; k < c.votes().size(); k++) {
                if (lead.isEmpty() || c.votes().get(k) > c.votes().get(c.choices().indexOf(lead))) {
                    lead = c.choices().get(k);
                }
            }
            parts.add(c.name() + ": " + c.precinctsReporting() + " of " + c.precincts() + " precincts"
                    + (lead.isEmpty() ? "" : ", " + lead + " leading"));
        }
        return String.join("; ", parts) + (s.contests().size() > 3 ? "; and " + (s.contests().size() - 3)
                + " more contests" : "");
    }
}
