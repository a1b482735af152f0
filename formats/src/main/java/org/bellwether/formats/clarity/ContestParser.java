package org.bellwether.formats.clarity;

import org.bellwether.formats.ReaderNotes;
import java.util.Locale;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.StatisticKind;
import org.bellwether.formats.InputException;

/**
 * Reads a {@code <Contest>}: the contest, how many of its precincts report, its choices, and its contest-level
 * figures. Of those, undervotes and overvotes are stored as unit statistics of the contest; others (the 2017
 * files' "Number of Precincts for Race" and "Number of Precincts Reporting") count precincts, not votes, so they
 * are checked like every figure and then left out.
 */
final class ContestParser {

    private final Cursor in;
    private final ElectionBuilder builder;
    private final ChoiceParser choices;
    private final FigureParser figures;
    private final VoteTypes voteTypes;
    private final ReaderNotes notes;
    private int contests;

    ContestParser(Cursor in, ElectionBuilder builder, ChoiceParser choices, FigureParser figures,
            VoteTypes voteTypes, ReaderNotes notes) {
        this.in = in;
        this.builder = builder;
        this.choices = choices;
        this.figures = figures;
        this.voteTypes = voteTypes;
        this.notes = notes;
    }

    void contest() {
        ContestHeader header = ContestHeader.read(in, notes);
        int contest = index(header);
        contests++;
        header.reporting().ifPresent(r -> builder.reporting(contest, r));
        while (in.nextChild()) {
            switch (in.element()) {
                case "Choice" -> choices.choice(contest, header.text());
                case "VoteType" -> figure(contest, header.text());
                case "ParticipatingCounties" -> in.skip();
                default -> in.unknown("Contest");
            }
        }
    }

    int count() {
        return contests;
    }

    private int index(ContestHeader header) {
        try {
            return builder.contest(header.text(), header.voteFor());
        } catch (IllegalArgumentException tooMany) {
            // the model's limit on contests (TallyLimits.MAX_CONTESTS) is checked as they are added
            throw in.error(tooMany.getMessage());
        }
    }

    /** A contest-level figure: undervotes or overvotes by unit, or a count of precincts. */
    private void figure(int contest, String contestName) {
        FigureParser.Header header = figures.header();
        String what = InputException.echo(header.label()) + " of " + InputException.echo(contestName);
        StatisticKind kind = switch (header.label().toLowerCase(Locale.ROOT)) {
            case "undervotes" -> StatisticKind.UNDERVOTES;
            case "overvotes" -> StatisticKind.OVERVOTES;
            default -> null;
        };
        if (kind == null) {
            notes.once("figure " + header.label(), "contest-level " + InputException.echo(header.label())
                    + " figures are checked, not stored: they are not votes");
            figures.parts(header, (unit, count, unitName) -> { }, Totals.Kind.CONTEST, what);
            return;
        }
        figures.parts(header, (unit, count, unitName) -> {
            if (!builder.statistic(unit, contest, kind, voteTypes.all(), count)) {
                throw in.error("duplicate: " + InputException.echo(unitName) + " appears twice in " + what);
            }
        }, Totals.Kind.CONTEST, what);
    }
}
