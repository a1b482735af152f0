package org.bellwether.server;

import org.bellwether.render.ContestReporting;
import org.bellwether.render.ContestStatus;
import java.util.List;
import java.util.stream.Collectors;
import org.bellwether.core.Choice;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Standing;

/**
 * The one place the server reads an outcome's status: what the API's status, winner flags and the page's words
 * say. A count that is not complete never declares a winner: it says who leads, or who is heading for a runoff.
 */
final class ContestStatusView {

    private ContestStatusView() {
    }

    static ContestStatus status(Outcome outcome, ContestReporting reporting) {
        if (reporting.votesCounted() == 0) {
            return new ContestStatus("no-results", "No results yet", "No " + reporting.level()
                    + " has reported (" + reporting.unitsReporting() + " of " + reporting.units() + ").");
        }
        String counted = reporting.unitsReporting() + " of " + reporting.units() + " " + plural(reporting.level())
                + " reporting";
        if (!reporting.complete()) {
            return partial(outcome, counted);
        }
        String why = outcome.explanation() + " Every " + reporting.level() + " has reported (" + counted
                + "); the count is unofficial until certified.";
        return switch (outcome.status()) {
            case FINAL -> new ContestStatus("elected", names(outcome.elected()) + " elected", why);
            case RUNOFF_REQUIRED -> new ContestStatus("runoff", "Runoff between " + names(outcome.advancing()), why);
            case ADVANCE_TO_GENERAL -> new ContestStatus("advance", names(outcome.advancing())
                    + " advance to the general election", why);
            case TIE_PENDING -> new ContestStatus("tied", "Tied at the cut line", why);
        };
    }

    private static ContestStatus partial(Outcome outcome, String counted) {
        String why = "With " + counted + ": " + outcome.explanation()
                + " No winner is declared until every unit is in.";
        return switch (outcome.status()) {
            case RUNOFF_REQUIRED -> new ContestStatus("runoff-likely", "Heading for a runoff between "
                    + names(outcome.advancing()), why);
            case TIE_PENDING -> new ContestStatus("tied", "Tied so far", why);
            case FINAL, ADVANCE_TO_GENERAL -> new ContestStatus("leading", leaders(outcome) + " leading", why);
        };
    }

    /** AP's flag for each choice: {@code X} elected, {@code R} in a runoff, {@code A} advancing; only once complete. */
    static String winnerFlag(Outcome outcome, ContestReporting reporting, Choice choice) {
        if (!reporting.complete() || reporting.votesCounted() == 0) {
            return "";
        }
        return switch (outcome.status()) {
            case FINAL -> outcome.elected().contains(choice) ? "X" : "";
            case RUNOFF_REQUIRED -> outcome.advancing().contains(choice) ? "R" : "";
            case ADVANCE_TO_GENERAL -> outcome.advancing().contains(choice) ? "A" : "";
            case TIE_PENDING -> "";
        };
    }

    private static String leaders(Outcome outcome) {
        int seats = outcome.contest().voteFor();
        List<Choice> first = outcome.finalRound().standings().stream().limit(seats).map(Standing::choice).toList();
        return names(first);
    }

    private static String names(List<Choice> choices) {
        List<String> n = choices.stream().map(Choice::name).toList();
        return n.size() <= 1 ? String.join("", n)
                : n.subList(0, n.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + n.get(n.size() - 1);
    }

    private static String plural(String level) {
        return level.endsWith("y") ? level.substring(0, level.length() - 1) + "ies" : level + "s";
    }
}
