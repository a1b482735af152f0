package org.bellwether.formats.openelections;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bellwether.core.VoteCategory;

/**
 * Which header columns are vote types, and the category of each. Any column that is not one of the identifying
 * columns is a vote type: the counties name and order them differently (Georgia 2016 has up to three
 * advance-in-person periods, Harvey County splits paper and electronic ballots), so they are recognised by the
 * words in their names, never by position.
 */
final class VoteTypeNames {

    /** Columns that identify a row rather than count votes. {@code vtd} is Kansas 2016's voting-district code. */
    static final Set<String> ID_COLUMNS = Set.of("county", "precinct", "office", "district", "party", "candidate",
            "votes", "vtd");

    private VoteTypeNames() {
    }

    /**
     * The category a column's name implies, by its words (split at {@code _}, {@code -} and spaces). Words are
     * tried from the most specific: {@code hand_count_provisional} is provisional, {@code absentee_by_mail} is by
     * mail, {@code advance_paper} is advance. {@code regular} (Kiowa County: {@code regular_votes} beside
     * {@code provisional}) is OTHER, not ELECTION_DAY: with no advance column beside it, it counts every
     * non-provisional ballot, advance ones included, and calling it election day would overstate that category.
     * Kansas "advance" ballots include advance ballots by mail; the brief's rule files them as advance in person.
     */
    static VoteCategory category(String column) {
        List<String> words = List.of(column.toLowerCase(Locale.ROOT).split("[_\\- ]+"));
        if (words.contains("provisional")) {
            return VoteCategory.PROVISIONAL;
        }
        if (words.contains("absentee") || words.contains("mail")) {
            return VoteCategory.ABSENTEE_BY_MAIL;
        }
        if (words.contains("advance") || words.contains("advanced") || words.contains("early")) {
            return VoteCategory.ADVANCE_IN_PERSON;
        }
        if (words.contains("election")) {
            return VoteCategory.ELECTION_DAY;
        }
        return VoteCategory.OTHER;
    }
}
