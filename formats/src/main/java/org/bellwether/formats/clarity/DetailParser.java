package org.bellwether.formats.clarity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ElectionType;
import org.bellwether.formats.InputException;

/**
 * Reads a detail.xml from its root: the election's name, date and region, the turnout section and the contests,
 * each handed on as it is reached, so that nothing but the current element is held. Ends with one summary note:
 * the file's timestamp (Clarity's only mark of which snapshot it is), its region and what was checked.
 */
final class DetailParser {

    static final String ROOT = "ElectionResult";
    /** Clarity writes dates as the US does, without leading zeros: {@code 6/20/2017}. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final Cursor in;
    private final ElectionBuilder builder;
    private final Units units;
    private final TurnoutParser turnout;
    private final ContestParser contests;
    private final Totals totals;
    private String timestamp;

    DetailParser(Cursor in, ElectionBuilder builder, Units units, TurnoutParser turnout, ContestParser contests,
            Totals totals) {
        this.in = in;
        this.builder = builder;
        this.units = units;
        this.turnout = turnout;
        this.contests = contests;
        this.totals = totals;
    }

    /** Reads the whole document and returns the summary note. */
    String document() {
        String root = in.root();
        if (!ROOT.equals(root)) {
            throw in.error("the root element is <" + root + ">, not <" + ROOT + ">: not a Clarity detail file");
        }
        for (int i = 0; i < in.attributes(); i++) {
            in.unknownAttribute(i);
        }
        while (in.nextChild()) {
            child(in.element());
        }
        in.finish();
        return summary();
    }

    private void child(String element) {
        switch (element) {
            case "Timestamp" -> timestamp = in.text();
            case "ElectionName" -> name(in.text());
            case "ElectionDate" -> date(in.text());
            case "Region" -> units.region(in.text());
            case "VoterTurnout", "ElectionVoterTurnout" -> turnout.turnout();
            case "Contest" -> contests.contest();
            default -> in.unknown(ROOT);
        }
    }

    private void name(String name) {
        builder.name(name).type(ElectionType.fromName(name));
    }

    private void date(String text) {
        try {
            builder.date(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            throw in.error("<ElectionDate> " + InputException.echo(text) + " is not a date (M/D/YYYY)");
        }
    }


    private String summary() {
        List<String> clauses = new ArrayList<>();
        clauses.add(timestamp == null ? "no <Timestamp>" : "snapshot of " + timestamp);
        String parts = units.parts();
        clauses.add("region " + InputException.echo(units.regionName()) + ": " + units.childCount() + " " + parts);
        clauses.add(contests.count() + (contests.count() == 1 ? " contest" : " contests"));
        clauses.addAll(totals.summary(parts));
        return String.join("; ", clauses);
    }
}
