package org.bellwether.formats.openelections;

import java.util.Locale;
import org.bellwether.core.StatisticKind;

/**
 * What a row's candidate cell stands for. OpenElections files put counts that are not votes for anyone in the
 * candidate column ({@code Registered Voters}, {@code Ballots Cast}, {@code Under Votes}); they become unit
 * statistics, never choices. A blank candidate is the unit's total over the contest's choices (Chautauqua
 * County: 17 = 2 + 1 + 14 + 0 in Caneyville Township) and is checked like a TOTAL row; so is a candidate cell
 * reading {@code Total} or {@code Total Votes}, which other OpenElections files use for the same row.
 */
enum RowKind {
    CHOICE,
    WRITE_IN,
    REGISTERED_VOTERS,
    BALLOTS_CAST,
    UNDERVOTES,
    OVERVOTES,
    CONTEST_TOTAL;

    /**
     * The kind a trimmed candidate cell names, matched ignoring case. {@code Blanks} (Sedgwick County) are
     * ballots that left this contest blank: undervotes, since Sedgwick's ballots cast equal candidates plus
     * write-ins plus blanks in 229 of its 258 precincts (the rest differ by 1 or 2, presumably overvotes, which
     * the file does not give).
     */
    static RowKind of(String candidate) {
        if (candidate.isEmpty()) {
            return CONTEST_TOTAL;
        }
        return switch (candidate.toLowerCase(Locale.ROOT)) {
            case "registered", "registered voters" -> REGISTERED_VOTERS;
            case "ballots cast" -> BALLOTS_CAST;
            case "under votes", "undervotes", "under vote", "undervote", "blanks", "blank" -> UNDERVOTES;
            case "over votes", "overvotes", "over vote", "overvote" -> OVERVOTES;
            case "write-ins", "write-in", "write ins", "write in", "writeins", "writein" -> WRITE_IN;
            case "total", "totals", "total votes" -> CONTEST_TOTAL;
            default -> CHOICE;
        };
    }

    boolean isChoice() {
        return this == CHOICE || this == WRITE_IN;
    }

    /** Registered voters and ballots cast concern the whole ballot, whatever office the row is filed under. */
    boolean unitWide() {
        return this == REGISTERED_VOTERS || this == BALLOTS_CAST;
    }

    StatisticKind statistic() {
        return switch (this) {
            case REGISTERED_VOTERS -> StatisticKind.REGISTERED_VOTERS;
            case BALLOTS_CAST -> StatisticKind.BALLOTS_CAST;
            case UNDERVOTES -> StatisticKind.UNDERVOTES;
            case OVERVOTES -> StatisticKind.OVERVOTES;
            case CHOICE, WRITE_IN, CONTEST_TOTAL -> throw new IllegalStateException(this + " is not a statistic");
        };
    }
}
