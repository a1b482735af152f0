package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names that look the same are the same contest, choice or unit; the name as first written is the one shown. */
class NameKeyTest {

    @Test
    void aZeroWidthSpaceDoesNotMakeASecondCounty() {
        ElectionBuilder b = new ElectionBuilder();
        int cobb = b.unit("Cobb County", "Cobb", UnitLevel.COUNTY, Optional.empty());

        assertThat(b.unit("Cobb\u200B County", "Cobb\u200B", UnitLevel.COUNTY, Optional.empty())).isEqualTo(cobb);
        assertThat(b.unit("Cobb County\uFEFF", "Cobb", UnitLevel.COUNTY, Optional.empty())).isEqualTo(cobb);
        assertThat(b.build().units()).singleElement().extracting(ReportingUnit::name).isEqualTo("Cobb");
    }

    @Test
    void compatibilityFormsAndIrregularSpacesAreTheSameName() {
        ElectionBuilder b = new ElectionBuilder();
        int contest = b.contest("U.S. House, District 6", 1);
        int handel = b.choice(contest, "KAREN HANDEL", Optional.of("REP"), false);

        assertThat(b.contest("U.S.\u00A0House,  District\t6 ", 1)).isEqualTo(contest);
        assertThat(b.contest("U.S. House, District \uFF16", 1)).isEqualTo(contest);
        assertThat(b.choice(contest, "KAREN\u2003HANDEL", Optional.empty(), false)).isEqualTo(handel);
        assertThat(b.choice(contest, "JON OSSOFF", Optional.empty(), false)).isEqualTo(handel + 1);
        assertThat(b.build().contests()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("U.S. House, District 6");
            assertThat(c.choices()).extracting(Choice::name).containsExactly("KAREN HANDEL", "JON OSSOFF");
        });
    }

    @Test
    void theNamesThatNeededNormalisingAreHandedToTheReaderOnce() {
        ElectionBuilder b = new ElectionBuilder();
        b.contest("Mayor", 1);
        b.contest("Mayor\u200B", 1);
        b.contest("Mayor\u200B", 1);

        assertThat(b.takeNormalisedNames()).containsExactly("Mayor\u200B");
        assertThat(b.takeNormalisedNames()).isEmpty();
    }

    @Test
    void plainNamesAreTheirOwnKeyAndOthersAreNot() {
        assertThat(NameKey.plain("Addison 01")).isTrue();
        assertThat(NameKey.plain("Addison  01")).isFalse();
        assertThat(NameKey.plain(" Addison")).isFalse();
        assertThat(NameKey.plain("Ren\u00E9e")).isFalse();
        assertThat(NameKey.of("Ren\u00E9e")).isEqualTo("Ren\u00E9e");
        assertThat(NameKey.of("Rene\u0301e")).isEqualTo("Ren\u00E9e");
        assertThat(NameKey.of("\u200B")).isEmpty();
    }
}
