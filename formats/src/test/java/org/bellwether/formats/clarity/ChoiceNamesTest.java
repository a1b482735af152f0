package org.bellwether.formats.clarity;

import org.bellwether.formats.ReaderNotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.ChoiceMetadata.ChoiceFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a Clarity choice's text and party attribute become the name and party the election holds. */
class ChoiceNamesTest {

    private static Choice resolve(String text, String party) {
        ChoiceNames names = new ChoiceNames(ChoiceAliases.NONE, ChoiceMetadata.NONE,
                new ReaderNotes(new ElectionBuilder(), "r", "f"));
        return names.resolve(text, Optional.ofNullable(party));
    }

    @ParameterizedTest(name = "{0} / party={1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "KAREN HANDEL (REP)|-|KAREN HANDEL|REP",
        "TOM PRICE (I) (REP)|-|TOM PRICE (I)|REP",
        "Donald J. Trump (I) (Rep)|NP|Donald J. Trump (I)|Rep",
        "JAMES (J. W.) MORROW JR (REP)|-|JAMES (J. W.) MORROW JR|REP",
        "JOHNNY ISAKSON (I)|-|JOHNNY ISAKSON (I)|-",
        "GREGORY GILSTRAP (D)|-|GREGORY GILSTRAP (D)|-",
        "Tom Cotton|REP|Tom Cotton|REP",
        "Tom Cotton (REP)|REP|Tom Cotton|REP",
        "Tom Cotton (Dem)|REP|Tom Cotton (Dem)|REP",
        "YES|NP|YES|NP",
        "Matt BEVIN|-|Matt BEVIN|-"})
    void takesThePartyFromTheNameOnlyWhenTheFileGivesNoneOfItsOwn(String text, String party, String name,
            String expectedParty) {
        assertThat(resolve(text, party)).isEqualTo(new Choice(name, Optional.ofNullable(expectedParty), false));
    }

    @ParameterizedTest
    @CsvSource({"Write-in", "WRITE-IN", "Write In", "Write-ins"})
    void marksWriteIns(String text) {
        assertThat(resolve(text, null).writeIn()).isTrue();
    }

    @Test
    void mergesDeclaredAliasesAndTakesAMissingPartyFromMetadata() {
        ChoiceNames names = new ChoiceNames(new ChoiceAliases(Map.of("JON OSOFF", "JON OSSOFF")),
                new ChoiceMetadata(Map.of("JON OSSOFF", new ChoiceFacts(Optional.of("D"), false))),
                new ReaderNotes(new ElectionBuilder(), "r", "f"));

        assertThat(names.resolve("JON OSOFF", Optional.empty())).isEqualTo(new Choice("JON OSSOFF",
                Optional.of("D"), false));
        assertThat(names.resolve("JON OSSOFF (DEM)", Optional.empty()).party()).contains("DEM");
    }
}
