package org.bellwether.analysis.baseline;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which units of a baseline election lie inside the district a special election was held in. */
public sealed interface Boundary {

    /** The district is the whole of the baseline's units: an at-large seat (Montana). */
    record WholeElection() implements Boundary {
    }

    /**
     * The district is where its House contest was voted on. {@code contest} names that contest, e.g.
     * {@code U.S. Representative, District 6}; the other districts' contests are those named alike with another
     * number ({@code U.S. Representative, District 11}), and a precinct that voted in several is split by
     * {@code allocation}.
     */
    record HouseDistrict(String contest, Allocation allocation) implements Boundary {

        private static final Pattern NUMBERED = Pattern.compile("(.*District )(\\S+)");

        public HouseDistrict {
            Objects.requireNonNull(allocation, "allocation rule");
            if (!NUMBERED.matcher(Objects.requireNonNull(contest, "House contest")).matches()) {
                throw new IllegalArgumentException("House contest '" + contest
                        + "' does not end with 'District N', so its sibling districts cannot be found");
            }
        }

        /** The contest name before the district, e.g. {@code U.S. Representative, District }. */
        public String office() {
            return matcher(contest).group(1);
        }

        public String district() {
            return matcher(contest).group(2);
        }

        /** The district a contest name is for, when it is a House contest of the same office. */
        public Optional<String> districtOf(String contestName) {
            Matcher m = NUMBERED.matcher(contestName);
            return m.matches() && m.group(1).equalsIgnoreCase(office()) ? Optional.of(m.group(2)) : Optional.empty();
        }

        public HouseDistrict with(Allocation other) {
            return new HouseDistrict(contest, other);
        }

        private static Matcher matcher(String name) {
            Matcher m = NUMBERED.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("checked in the constructor");
            }
            return m;
        }
    }
}
