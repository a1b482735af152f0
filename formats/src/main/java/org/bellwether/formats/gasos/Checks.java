package org.bellwether.formats.gasos;

import org.bellwether.formats.ReaderNotes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.VoteType;
import org.bellwether.formats.InputException;
import org.bellwether.formats.TotalsPolicy;

/**
 * The totals a Georgia export repeats: each voteCount over its groupResults, each county figure over its
 * precinctResults, each state-level figure over the counties. A total is never stored, only compared with the sum
 * of its parts, and a difference is handled as the {@link TotalsPolicy} says. Counts what it checked for the
 * summary note.
 */
final class Checks {

    /** A choice of a contest, by its indices in the election and its names for messages. */
    record Slot(int contest, int choice, String contestName, String choiceName) {
        Cell cell(VoteType type) {
            return new Cell(contest, choice, type);
        }

        String describe(VoteType type) {
            return InputException.echo(choiceName) + " in " + InputException.echo(contestName) + ", vote type "
                    + InputException.echo(type.label());
        }
    }

    /** Where votes go, short of the unit: contest, choice and vote type. */
    record Cell(int contest, int choice, VoteType type) {
    }

    /** Votes for a slot, with the path they were read at (for a sum, the path of its first part). */
    record Placed(Slot slot, long votes, String at) {
        Placed plus(Placed other) {
            return new Placed(slot, votes + other.votes, at);
        }
    }

    enum Kind {
        GROUPS("", "voteCount", "the sum of their groupResults", "", ""),
        PRECINCTS("county-level votes of ", "ballot option", "the sum of their precinctResults", "county-level",
                "the precincts"),
        STATE("state-level totals of ", "contest", "the sum of counties", "state-level", "the counties");

        private final String prefix;
        private final String noun;
        private final String against;
        private final String level;
        private final String parts;

        Kind(String prefix, String noun, String against, String level, String parts) {
            this.prefix = prefix;
            this.noun = noun;
            this.against = against;
            this.level = level;
            this.parts = parts;
        }

        /** E.g. {@code state-level totals of 2 contests match the sum of counties}. */
        String clause(int count, int differences) {
            String subject = prefix + count + " " + noun + (count == 1 ? "" : "s");
            if (differences == 0) {
                boolean singular = prefix.isEmpty() && count == 1;
                return subject + (singular ? " matches " : " match ") + against;
            }
            return subject + " checked against " + against + ": " + differences
                    + (differences == 1 ? " differs" : " differ") + " (noted above)";
        }
    }

    private final TotalsPolicy policy;
    private final String file;
    private final ReaderNotes notes;
    private final Map<Kind, Integer> checked = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> disagreed = new EnumMap<>(Kind.class);

    Checks(TotalsPolicy policy, String file, ReaderNotes notes) {
        this.policy = policy;
        this.file = file;
        this.notes = notes;
    }

    /** Compares a voteCount with the sum of its groupResults, when it has any. */
    void groups(Export.Counted counted) {
        if (counted.groups().isEmpty()) {
            return;
        }
        checked(Kind.GROUPS, 1);
        long sum = counted.groupSum();
        if (sum != counted.votes()) {
            disagree(Kind.GROUPS, counted.at(), "voteCount " + counted.votes()
                    + " differs from the sum of its groupResults, " + sum);
        }
    }

    /** Compares each total with the sum of its parts; a part with no total at all is a difference too. */
    void compare(Kind kind, Map<Cell, Placed> totals, Map<Cell, Placed> sums) {
        totals.forEach((cell, total) -> {
            Placed sum = sums.get(cell);
            long parts = sum == null ? 0 : sum.votes();
            if (parts != total.votes()) {
                disagree(kind, total.at(), kind.level + " votes " + total.votes() + " for "
                        + total.slot().describe(cell.type()) + " differ from the sum of " + kind.parts + ", " + parts);
            }
        });
        sums.forEach((cell, sum) -> {
            if (!totals.containsKey(cell) && sum.votes() != 0) {
                disagree(kind, sum.at(), kind.parts + " give " + sum.votes() + " votes for "
                        + sum.slot().describe(cell.type()) + " but there is no " + kind.level + " figure");
            }
        });
    }

    void checked(Kind kind, int count) {
        checked.merge(kind, count, Integer::sum);
    }

    /** One clause per kind of check made, in the order of {@link Kind}. */
    List<String> summary() {
        List<String> clauses = new ArrayList<>();
        checked.forEach((kind, count) -> clauses.add(kind.clause(count, disagreed.getOrDefault(kind, 0))));
        return clauses;
    }

    private void disagree(Kind kind, String at, String problem) {
        disagreed.merge(kind, 1, Integer::sum);
        switch (policy) {
            case TotalsPolicy.Reject reject -> throw new InputException(file, at, problem
                    + " (--totals report would note this and keep the parts)");
            case TotalsPolicy.Report report -> notes.add(at + ": " + problem);
        }
    }
}
