package org.bellwether.formats.clarity;

import org.bellwether.formats.ReaderNotes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bellwether.formats.TotalsPolicy;

/**
 * The totals a Clarity file repeats: each choice's {@code totalVotes} over its vote types, each vote type's
 * {@code votes} over its precincts or counties, each contest-level figure (undervotes, overvotes) over its parts,
 * and the file's registered voters and ballots cast over its units. A total is never stored, only compared with
 * the sum of its parts, and a difference is handled as the {@link TotalsPolicy} says. Counts what it checked for
 * the summary note.
 */
final class Totals {

    enum Kind {
        CHOICE("choice totals", "the sum of their vote types"),
        VOTE_TYPE("vote-type figures", "the sum of their "),
        CONTEST("contest-level figures", "the sum of their "),
        TURNOUT("turnout figures", "the sum of their ");

        private final String subject;
        private final String against;

        Kind(String subject, String against) {
            this.subject = subject;
            this.against = against;
        }

        /** E.g. {@code 10 choice totals match the sum of their vote types}. */
        String clause(int count, int differences, String parts) {
            String sum = this.against.endsWith(" ") ? this.against + parts : this.against;
            String against = count == 1 ? sum.replace(" their ", " its ") : sum;
            String subject = count + " " + (count == 1 ? this.subject.replaceFirst("s$", "") : this.subject);
            if (differences == 0) {
                return subject + (count == 1 ? " matches " : " match ") + against;
            }
            return subject + " checked against " + against + ": " + differences
                    + (differences == 1 ? " differs" : " differ") + " (noted above)";
        }
    }

    private final TotalsPolicy policy;
    private final Place place;
    private final ReaderNotes notes;
    private final Map<Kind, Integer> checked = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> disagreed = new EnumMap<>(Kind.class);

    Totals(TotalsPolicy policy, Place place, ReaderNotes notes) {
        this.policy = policy;
        this.place = place;
        this.notes = notes;
    }

    /**
     * Compares a total with the sum of its parts.
     *
     * @param what  the total, e.g. {@code totalVotes of "KAREN HANDEL" in "U.S. Representative, District 6"}
     * @param parts what the parts are: {@code precincts} or {@code counties}
     */
    void check(Kind kind, int line, long total, long sum, String what, String parts) {
        checked.merge(kind, 1, Integer::sum);
        if (total != sum) {
            disagreed.merge(kind, 1, Integer::sum);
            String problem = what + ": " + total + " differs from the sum of its "
                    + (kind == Kind.CHOICE ? "vote types" : parts) + ", " + sum;
            if (kind == Kind.TURNOUT || kind == Kind.CONTEST) {
                // turnout and contest-level figures are statistics, not votes: a disagreement is noted, never fatal
                notes.add(place.at(line) + ": " + problem + " (a statistic: noted, the parts kept)");
                return;
            }
            switch (policy) {
                case TotalsPolicy.Reject reject -> throw place.error(line, problem
                        + " (--totals report would note this and keep the parts)");
                case TotalsPolicy.Report report -> notes.add(place.at(line) + ": " + problem);
            }
        }
    }

    /** One clause per kind of check made, in the order of {@link Kind}. */
    List<String> summary(String parts) {
        List<String> clauses = new ArrayList<>();
        checked.forEach((kind, count) -> clauses.add(kind.clause(count, disagreed.getOrDefault(kind, 0), parts)));
        return clauses;
    }
}
