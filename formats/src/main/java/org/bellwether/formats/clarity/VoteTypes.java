package org.bellwether.formats.clarity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;

/**
 * The vote types of one file, by the label Clarity gives them. Labels differ by county and year ({@code Advance in
 * Person 1}, {@code Advanced Voting Votes}, {@code Early Vote}), so each keeps its label and is put in a standard
 * category by the words it contains; a label with none of them is {@link VoteCategory#OTHER}.
 */
final class VoteTypes {

    private final ElectionBuilder builder;
    private final Map<String, Integer> indices = new HashMap<>();
    private int all = -1;

    VoteTypes(ElectionBuilder builder) {
        this.builder = builder;
    }

    int index(String label) {
        Integer known = indices.get(label);
        if (known == null) {
            known = builder.voteType(new VoteType(label, category(label)));
            indices.put(label, known);
        }
        return known;
    }

    /** The vote type of figures that cover every kind of vote: turnout, and a choice with no breakdown. */
    int all() {
        if (all < 0) {
            all = builder.voteType(VoteType.ALL);
        }
        return all;
    }

    /**
     * The category of a label. "In person" is tried before "absentee", since some states call early voting
     * "absentee in person"; "Election Day" before both, and a bare "Election" (Kentucky) stays OTHER, since it
     * does not say which ballots it holds.
     */
    static VoteCategory category(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.contains("election day")) {
            return VoteCategory.ELECTION_DAY;
        } else if (lower.contains("provisional")) {
            return VoteCategory.PROVISIONAL;
        } else if (lower.contains("in person") || lower.contains("advance") || lower.contains("early")) {
            return VoteCategory.ADVANCE_IN_PERSON;
        } else if (lower.contains("absentee") || lower.contains("mail")) {
            return VoteCategory.ABSENTEE_BY_MAIL;
        }
        return VoteCategory.OTHER;
    }
}
