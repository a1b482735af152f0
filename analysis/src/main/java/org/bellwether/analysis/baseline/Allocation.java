package org.bellwether.analysis.baseline;

import java.util.List;
import java.util.Locale;
import org.hipparchus.fraction.BigFraction;

/**
 * How much of a precinct's votes in an earlier contest (say, President) count inside a district, decided from
 * the precinct's votes for the House contests of each district. A precinct wholly inside one district gets
 * share 1 under every rule; the rules differ only for a precinct split between districts, which is what the
 * baseline report lists with the votes each rule puts inside and outside.
 */
public sealed interface Allocation {

    /** The share, between 0 and 1, of the precinct's votes that counts inside {@code district}. */
    BigFraction share(HouseVotes house, String district);

    /** The rule's name as the command line takes it. */
    String id();

    /** The rule in one sentence, for reports. */
    String describe();

    /** Every rule, in the order reports compare them. */
    static List<Allocation> all() {
        return List.of(new Proportional(), new WholeToLargest(), new WholeIfAny());
    }

    /** Every rule in one sentence each, for reports. */
    static List<String> describeAll() {
        return all().stream().map(Allocation::describe).toList();
    }

    /** The rule named {@code id} ({@code proportional}, {@code largest}, {@code any}). */
    static Allocation named(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(a -> a.id().equals(key)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown allocation rule '" + id + "': expected proportional,"
                        + " largest or any"));
    }

    /**
     * Votes split in proportion to the House votes: a precinct with 1,483 House votes in District 6 and 1,552 in
     * District 11 puts 1,483/3,035 of each presidential candidate's votes in District 6. Exact, with no rounding.
     * This assumes the voters of each part voted alike for President, which nothing in precinct data can check.
     */
    record Proportional() implements Allocation {
        @Override
        public BigFraction share(HouseVotes house, String district) {
            long total = house.total();
            return total == 0 ? BigFraction.ZERO : new BigFraction(house.votes(district), total);
        }

        @Override
        public String id() {
            return "proportional";
        }

        @Override
        public String describe() {
            return "proportional: a split precinct's votes are shared in proportion to its House votes per district";
        }
    }

    /**
     * The whole precinct goes to the district with the most House votes there. When k districts tie for the
     * most, each gets 1/k, so that no tie is broken by an arbitrary order and the shares still add up to 1.
     */
    record WholeToLargest() implements Allocation {
        @Override
        public BigFraction share(HouseVotes house, String district) {
            long most = house.most();
            if (most == 0 || house.votes(district) != most) {
                return BigFraction.ZERO;
            }
            return new BigFraction(1, house.countWith(most));
        }

        @Override
        public String id() {
            return "largest";
        }

        @Override
        public String describe() {
            return "largest: a split precinct goes whole to the district with the most House votes in it";
        }
    }

    /**
     * The whole precinct counts in the district whenever it cast any House vote there. Shares over districts
     * then add up to more than 1, so the split precincts are counted twice; kept as the naive upper bound a
     * reader can compare the other rules with.
     */
    record WholeIfAny() implements Allocation {
        @Override
        public BigFraction share(HouseVotes house, String district) {
            return house.votes(district) > 0 ? BigFraction.ONE : BigFraction.ZERO;
        }

        @Override
        public String id() {
            return "any";
        }

        @Override
        public String describe() {
            return "any: a split precinct counts whole in every district it cast a House vote in (double counts)";
        }
    }
}
