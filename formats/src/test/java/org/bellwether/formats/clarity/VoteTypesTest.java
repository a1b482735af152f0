package org.bellwether.formats.clarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.bellwether.core.VoteCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every vote-type label of the shared Clarity files, and a few from other states, in its category. */
class VoteTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Election Day|ELECTION_DAY",
        "Election Day Votes|ELECTION_DAY",
        "Absentee by Mail|ABSENTEE_BY_MAIL",
        "Absentee by Mail Votes|ABSENTEE_BY_MAIL",
        "Absentee|ABSENTEE_BY_MAIL",
        "Advance in Person|ADVANCE_IN_PERSON",
        "Advance in Person 3|ADVANCE_IN_PERSON",
        "Advanced Voting Votes|ADVANCE_IN_PERSON",
        "Early Vote|ADVANCE_IN_PERSON",
        "Absentee in Person|ADVANCE_IN_PERSON",
        "Provisional|PROVISIONAL",
        "Provisional Votes|PROVISIONAL",
        "Election|OTHER"})
    void putsALabelInItsCategory(String label, VoteCategory category) {
        assertThat(VoteTypes.category(label)).isEqualTo(category);
    }
}
