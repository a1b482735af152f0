package org.bellwether.analysis.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The crosswalk's stages on the name drift found in the shared data. */
class CrosswalkTest {

    private static Place cobb(String name) {
        return new Place("Cobb", name, new BigFraction(100));
    }

    @Test
    void normalisationWritesOutAbbreviationsAndDropsNotesAndLeadingZeros() {
        assertThat(Names.normalise("Mt Bethel 01")).isEqualTo("MOUNT BETHEL 1");
        assertThat(Names.normalise("ASHFORD PARK ELEM (BHAVN)")).isEqualTo("ASHFORD PARK ELEMENTARY");
        assertThat(Names.normalise("Rock Creek Twp")).isEqualTo("ROCK CREEK TOWNSHIP");
        assertThat(Names.county("Cobb County")).isEqualTo("COBB");
    }

    @Test
    void typosAreMatchedWithTheirScoreAndRenamesNeedADeclaration() {
        List<Place> special = List.of(cobb("Lassiter 01"), cobb("Mt Bethel 01"), cobb("PLEASANTDALE ROAD"));
        List<Place> baseline = List.of(cobb("PLEASANTDALE ELEM"), cobb("Mount Bethel 01"), cobb("Lasssiter 01"));
        Crosswalk w = Crosswalks.match(special, baseline, List.of(), Crosswalks.DEFAULT_THRESHOLD);
        assertThat(w.matches()).extracting(m -> m.from().name() + "=" + m.to().name() + " " + m.method())
                .containsExactly("Lassiter 01=Lasssiter 01 FUZZY", "Mt Bethel 01=Mount Bethel 01 NORMALISED");
        assertThat(w.matches().get(0).score()).isEqualTo(1 - 1.0 / 11);
        assertThat(w.unmatchedFrom()).extracting(Place::name).containsExactly("PLEASANTDALE ROAD");
        Crosswalk declared = Crosswalks.match(special, baseline, List.of(new DeclaredMatch("Cobb County",
                "PLEASANTDALE ROAD", "PLEASANTDALE ELEM")), Crosswalks.DEFAULT_THRESHOLD);
        assertThat(declared.unmatchedFrom()).isEmpty();
        assertThat(declared.count(MatchMethod.DECLARED)).isEqualTo(1);
    }

    @Test
    void numberedPrecinctsWithDifferentNumbersAreNeverFuzzyMatched() {
        Crosswalk w = Crosswalks.match(List.of(cobb("ML04A")), List.of(cobb("ML01A")), List.of(), 0.5);
        assertThat(w.matches()).isEmpty();
        Crosswalk edwards = Crosswalks.match(List.of(cobb("06 Logan Township")), List.of(cobb("Logan Township")),
                List.of(), Crosswalks.DEFAULT_THRESHOLD);
        assertThat(edwards.matches()).hasSize(1);
    }
}
