package org.bellwether.analysis.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Properties of the crosswalk over seeded, generated precinct lists (plain JUnit, no property library). */
class CrosswalkPropertiesTest {

    private static final int CASES = 300;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPRSTUVWY";

    private static String name(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            b.append(w == 0 ? "" : " ");
            for (int i = 0, n = 4 + random.nextInt(8); i < n; i++) {
                b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return b.append(" ").append(String.format("%02d", random.nextInt(20))).toString();
    }

    private static List<Place> places(SplittableRandom random, int n) {
        Set<String> names = new HashSet<>();
        List<Place> places = new ArrayList<>();
        while (places.size() < n) {
            String county = random.nextBoolean() ? "Cobb" : "Fulton";
            String name = name(random);
            if (names.add(Names.normalise(name))) {
                places.add(new Place(county, name, new BigFraction(random.nextInt(3_000))));
            }
        }
        return places;
    }

    /** One typo (a doubled letter) in a word of the name, as in Lasssiter 01 / Lassiter 01. */
    private static Place typo(Place p, SplittableRandom random) {
        String n = p.name();
        int at = random.nextInt(n.indexOf(' '));
        return new Place(p.county(), n.substring(0, at) + n.charAt(at) + n.substring(at), p.votes());
    }

    @Test
    void everyPlaceIsMatchedOnceOrReportedUnmatched() {
        SplittableRandom random = new SplittableRandom(620);
        for (int c = 0; c < CASES; c++) {
            List<Place> from = places(random, 1 + random.nextInt(30));
            List<Place> to = places(random, 1 + random.nextInt(30));
            Crosswalk w = Crosswalks.match(from, to, List.of(), Crosswalks.DEFAULT_THRESHOLD);
            assertThat(w.matches().size() + w.unmatchedFrom().size()).isEqualTo(from.size());
            assertThat(w.matches().size() + w.unmatchedTo().size()).isEqualTo(to.size());
            assertThat(w.matches().stream().map(Match::to).distinct().count()).isEqualTo(w.matches().size());
            assertThat(w.matches()).allMatch(m -> Names.county(m.from().county()).equals(Names.county(m.to()
                    .county())));
        }
    }

    @Test
    void identicalListsMatchExactlyWhateverTheirOrder() {
        SplittableRandom random = new SplittableRandom(418);
        for (int c = 0; c < CASES; c++) {
            List<Place> from = places(random, 1 + random.nextInt(30));
            List<Place> to = new ArrayList<>(from);
            Collections.shuffle(to, new Random(c));
            Crosswalk w = Crosswalks.match(from, to, List.of(), Crosswalks.DEFAULT_THRESHOLD);
            assertThat(w.matches()).allMatch(m -> m.method() == MatchMethod.EXACT && m.from().equals(m.to()));
            assertThat(w.unmatchedFrom()).isEmpty();
        }
    }

    @Test
    void oneTypoInALongNameIsMatchedByTheFuzzyStage() {
        SplittableRandom random = new SplittableRandom(2016);
        for (int c = 0; c < CASES; c++) {
            List<Place> from = places(random, 1 + random.nextInt(20));
            List<Place> to = from.stream().map(p -> typo(p, random)).toList();
            Crosswalk w = Crosswalks.match(from, to, List.of(), 0.75);
            for (Match m : w.matches()) {
                assertThat(to.indexOf(m.to())).as("partner of " + m.from()).isEqualTo(from.indexOf(m.from()));
            }
        }
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheSecondList() {
        SplittableRandom random = new SplittableRandom(77);
        for (int c = 0; c < CASES; c++) {
            List<Place> from = places(random, 1 + random.nextInt(20));
            List<Place> to = from.stream().map(p -> typo(p, random)).toList();
            List<Place> shuffled = new ArrayList<>(to);
            Collections.shuffle(shuffled, new Random(c));
            assertThat(Crosswalks.match(from, shuffled, List.of(), 0.8).matches())
                    .isEqualTo(Crosswalks.match(from, to, List.of(), 0.8).matches());
        }
    }

    @Test
    void scoresAreSymmetricAndBetweenZeroAndOne() {
        SplittableRandom random = new SplittableRandom(5);
        for (int c = 0; c < 2_000; c++) {
            String a = name(random);
            String b = name(random);
            double s = Similarity.score(a, b);
            assertThat(s).isBetween(0.0, 1.0).isEqualTo(Similarity.score(b, a));
            assertThat(Similarity.score(a, a)).isEqualTo(1.0);
        }
    }
}
