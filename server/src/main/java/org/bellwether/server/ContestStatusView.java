package org.bellwether.server;

import java.util.List;
import java.util.stream.Collectors;
import org.bellwether.core.Certification;
import org.bellwether.core.Choice;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Status;
import org.bellwether.core.rule.Verdict;
import org.bellwether.render.ContestReporting;
import org.bellwether.render.ContestStatus;

/**
 * The one place the server reads an outcome's status ({@link Status}, decided by the count's reporting, its rule's
 * source and its certification): the API's status code and words and AP's winner flags. A count that only leads
 * declares nobody; it says who leads, or who is heading for a runoff, and why it cannot decide yet.
 */
final class ContestStatusView {

    private ContestStatusView() {
    }

    static ContestStatus status(Outcome outcome, ContestReporting reporting) {
        if (reporting.votesCounted() == 0) {
            return new ContestStatus("no-results", "No results yet", "No " + reporting.level()
                    + " has reported (" + reporting.unitsReporting() + " of " + reporting.units() + ").");
        }
        String why = outcome.explanation();
        return switch (outcome.status()) {
            case Status.Leading l -> new ContestStatus(l.code(), switch (l.provisional()) {
                case ELECTED -> names(outcome.inPosition()) + " leading";
                case RUNOFF -> "Heading for a runoff between " + names(outcome.inPosition());
                case ADVANCE -> names(outcome.inPosition()) + " advancing so far";
            }, why + " Only leading: " + l.why().words() + "; nobody is declared elected.");
            case Status.Decided d -> new ContestStatus(d.code(), verdict(outcome, d.verdict(), d.certification()),
                    why + " " + certification(d.certification()));
            case Status.RecountPossible r -> new ContestStatus(r.code(), verdict(outcome, r.verdict(),
                    r.certification()) + "; within the recount margin", why + " The margin, " + r.margin()
                    + " votes, is within the recount margin: " + r.law().describe() + ".");
            case Status.TiePending t -> new ContestStatus(t.code(), "Tied at the cut line", why);
        };
    }

    private static String verdict(Outcome o, Verdict v, Certification c) {
        String certified = c == Certification.CERTIFIED ? ", certified" : "";
        return switch (v) {
            case ELECTED -> names(o.elected()) + " elected" + certified;
            case RUNOFF -> "Runoff between " + names(o.advancing()) + certified;
            case ADVANCE -> names(o.advancing()) + " advance to the general election" + certified;
        };
    }

    private static String certification(Certification c) {
        return switch (c) {
            case UNOFFICIAL -> "The count is complete and unofficial until certified.";
            case CERTIFIED -> "The results are certified.";
        };
    }

    /** AP's flag: {@code X} elected, {@code R} in a runoff, {@code A} advancing; only where the count decides. */
    static String winnerFlag(Outcome outcome, Choice choice) {
        Verdict v = outcome.decides() ? outcome.status().verdictSoFar().orElse(null) : null;
        if (v == null) {
            return "";
        }
        return switch (v) {
            case ELECTED -> outcome.elected().contains(choice) ? "X" : "";
            case RUNOFF -> outcome.advancing().contains(choice) ? "R" : "";
            case ADVANCE -> outcome.advancing().contains(choice) ? "A" : "";
        };
    }

    /** The law's recount margin and where this count stands against it, in words; empty when the law has none. */
    static java.util.Optional<String> recount(Outcome outcome) {
        var s = outcome.finalRound().standings();
        if (outcome.recount().isEmpty() || s.size() < 2) {
            return java.util.Optional.empty();
        }
        long margin = s.get(0).votes() - s.get(1).votes();
        long total = outcome.finalRound().totalVotes();
        boolean within = outcome.recount().get().within(margin, total);
        return java.util.Optional.of("Recount: " + outcome.recount().get().describe() + ". The margin is "
                + String.format(java.util.Locale.ROOT, "%,d", margin) + " votes ("
                + org.bellwether.core.rule.Percentage.format(margin, total, 2) + " points): "
                + (within ? "within it." : "outside it."));
    }

    private static String names(List<Choice> choices) {
        List<String> n = choices.stream().map(Choice::name).toList();
        return n.size() <= 1 ? String.join("", n)
                : n.subList(0, n.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + n.get(n.size() - 1);
    }
}
