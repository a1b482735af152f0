package org.bellwether.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bellwether.core.Choice;

/** The outcome in sentences: the threshold, who is in, and any tie with its resolution. */
final class Explanation {

    private Explanation() {
    }

    static String of(Ranking ranking, Decision decision, Cut cut) {
        List<String> clauses = new ArrayList<>();
        if (!decision.preface().isEmpty()) {
            clauses.add(decision.preface());
        }
        List<Choice> winners = ranking.choices(cut.winners());
        if (cut.fewerThanPlaces()) {
            clauses.add("only " + quantity(winners.size(), "choice") + " for "
                    + quantity(decision.places(), decision.placeNoun()) + ", so all " + decision.verbMany()
                    + ": " + names(winners));
        } else if (!winners.isEmpty()) {
            clauses.add(names(winners) + " " + (winners.size() == 1 ? decision.verbOne() : decision.verbMany()));
        }
        cut.tie().ifPresent(tie -> clauses.add(names(tie.tied()) + " have " + quantity(tie.votes(), "vote")
                + " each for " + places(tie.place(), cut.placesAtStake()) + ": " + tie.resolution()));
        String text = String.join("; ", clauses);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** A whole number with thousands separators, as results are printed: 192,569. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<Choice> choices) {
        if (choices.size() == 1) {
            return choices.get(0).name();
        }
        return list(choices.subList(0, choices.size() - 1), ", ") + " and " + choices.get(choices.size() - 1).name();
    }

    static String list(List<Choice> choices, String separator) {
        return String.join(separator, choices.stream().map(Choice::name).toList());
    }

    private static String quantity(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String places(int first, int atStake) {
        return atStake == 1 ? "place " + first : "places " + first + " to " + (first + atStake - 1);
    }
}
