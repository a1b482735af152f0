package org.bellwether.formats.clarity;

import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.VoteType;
import org.bellwether.formats.InputException;

/**
 * Reads a {@code <Choice>}: the choice, its vote types and their parts. {@code totalVotes} is the choice's total
 * and is checked against the sum of its vote types, never stored; a choice with no vote types at all gives only
 * that total, which is then stored for the file's region as all votes.
 */
final class ChoiceParser {

    private final Cursor in;
    private final ElectionBuilder builder;
    private final ChoiceNames names;
    private final VoteTypes voteTypes;
    private final FigureParser figures;
    private final Units units;
    private final Totals totals;

    ChoiceParser(Cursor in, ElectionBuilder builder, ChoiceNames names, VoteTypes voteTypes, FigureParser figures,
            Units units, Totals totals) {
        this.in = in;
        this.builder = builder;
        this.names = names;
        this.voteTypes = voteTypes;
        this.figures = figures;
        this.units = units;
        this.totals = totals;
    }

    void choice(int contest, String contestName) {
        int line = in.line();
        Read read = read();
        Slot slot = new Slot(contest, choice(contest, read.choice()), contestName, read.choice().name());
        long sum = 0;
        boolean any = false;
        while (in.nextChild()) {
            if ("VoteType".equals(in.element())) {
                any = true;
                sum += voteType(slot);
            } else {
                in.unknown("Choice");
            }
        }
        if (any) {
            totals.check(Totals.Kind.CHOICE, line, read.total(), sum, "totalVotes of " + slot.describe(), "");
        } else {
            store(slot, voteTypes.all(), VoteType.ALL.label(), units.regionUnit(), read.total(),
                    units.regionName());
        }
    }

    /** A choice as read, with its {@code totalVotes}. */
    private record Read(Choice choice, long total) {
    }

    private Read read() {
        String text = null;
        String party = null;
        long total = -1;
        int count = in.attributes();
        for (int i = 0; i < count; i++) {
            switch (in.attribute(i)) {
                case "text" -> text = in.name(i);
                case "party" -> party = in.value(i).strip();
                case "totalVotes" -> total = in.count(i);
                case "key" -> {
                    // Clarity's own id of the choice; the name is what lines sources up
                }
                default -> in.unknownAttribute(i);
            }
        }
        if (text == null) {
            throw in.missing("text");
        }
        if (total < 0) {
            throw in.missing("totalVotes");
        }
        return new Read(names.resolve(text, Optional.ofNullable(party).filter(p -> !p.isEmpty())), total);
    }

    private int choice(int contest, Choice read) {
        try {
            return builder.choice(contest, read.name(), read.party(), read.writeIn());
        } catch (IllegalArgumentException tooMany) {
            // the model's limit on choices (TallyLimits.MAX_CHOICES_PER_CONTEST) is checked as they are added
            throw in.error(tooMany.getMessage());
        }
    }

    /** Reads one vote type of the choice and returns its own figure, a part of the choice's total. */
    private long voteType(Slot slot) {
        FigureParser.Header header = figures.header();
        String label = header.label();
        int type = voteTypes.index(label);
        figures.parts(header, (unit, votes, unitName) -> store(slot, type, label, unit, votes, unitName),
                Totals.Kind.VOTE_TYPE, InputException.echo(label) + " votes of " + slot.describe());
        return header.votes();
    }

    private void store(Slot slot, int type, String label, int unit, long votes, String unitName) {
        if (builder.tally(slot.contest(), slot.choice(), unit, type, votes) >= 0) {
            throw in.error("duplicate: " + InputException.echo(unitName) + " appears twice in the "
                    + InputException.echo(label) + " votes of " + slot.describe());
        }
    }

    /** A choice of a contest, by its indices in the election and its names for messages. */
    record Slot(int contest, int choice, String contestName, String choiceName) {
        String describe() {
            return InputException.echo(choiceName) + " in " + InputException.echo(contestName);
        }
    }
}
