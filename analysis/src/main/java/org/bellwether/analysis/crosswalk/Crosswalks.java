package org.bellwether.analysis.crosswalk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Matches the places of two elections county by county, in four stages that each see only what the earlier ones
 * left: pairs declared in a reviewed file; exact names; names equal after {@link Names#normalise}, taken only
 * when the normalised name is unique on both sides; then the most similar remaining names, greedily from the
 * highest {@link Similarity#score} down, while the score is at least the threshold and the two names do not
 * carry different numbers (when both carry numbers, they must be the same: precinct {@code ML04A} is never
 * {@code ML01A}, however alike the letters; {@code 06 Logan Township} may still be {@code Logan Township}). Ties in score are taken in
 * the order the places are listed, so the result never depends on hashing. Everything left is reported.
 */
public final class Crosswalks {

    /** One typo in a name of ten characters or more passes; a different word does not. */
    public static final double DEFAULT_THRESHOLD = 0.8;

    private Crosswalks() {
    }

    public static Crosswalk match(List<Place> from, List<Place> to, List<DeclaredMatch> declared,
            double threshold) {
        Pairing pairing = new Pairing(from, to);
        for (DeclaredMatch d : declared) {
            pairing.declare(d);
        }
        pairing.byKey(Place::name, MatchMethod.EXACT, false);
        pairing.byKey(p -> Names.normalise(p.name()), MatchMethod.NORMALISED, true);
        fuzzy(pairing, threshold);
        return pairing.result();
    }

    private static void fuzzy(Pairing pairing, double threshold) {
        record Candidate(int from, int to, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int f : pairing.freeFrom()) {
            for (int t : pairing.freeTo()) {
                if (pairing.sameCounty(f, t) && sameNumbers(pairing.from(f).name(), pairing.to(t).name())) {
                    double score = Similarity.score(pairing.from(f).name(), pairing.to(t).name());
                    if (score >= threshold) {
                        candidates.add(new Candidate(f, t, score));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::from).thenComparingInt(Candidate::to));
        for (Candidate c : candidates) {
            pairing.pairIfFree(c.from(), c.to(), MatchMethod.FUZZY, c.score());
        }
    }

    static boolean sameNumbers(String a, String b) {
        List<String> x = Names.numbers(a);
        List<String> y = Names.numbers(b);
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    static String key(Place place, Function<Place, String> name) {
        return Names.county(place.county()) + "\u0000" + name.apply(place);
    }
}
