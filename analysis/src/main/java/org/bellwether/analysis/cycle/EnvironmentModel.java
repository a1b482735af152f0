package org.bellwether.analysis.cycle;

import java.util.Objects;

/**
 * How the specials' average becomes a forecast of the national House margin, all stated in the report.
 *
 * <p>national margin = slope × (average over-performance) + error, the error normal with sd {@code stepSd}. The
 * defaults come from the one public calibration this project found that was published before the 2018 general:
 * CNN's analysis of federal specials in midterm cycles since 1994 (H. Enten, "Democrats are outperforming their
 * baselines in special elections", 22 February 2018), which projected a 13-point Democratic average
 * over-performance to a 13-point Democratic House popular-vote win (slope 1) with a 95% margin of error of ±10
 * points (sd 10 / 1.96 = 5.1). Both are options, so a user with another calibration can change them.
 *
 * @param slope     how many points of national margin one point of average over-performance is worth
 * @param stepSd    sd, in points, of the national margin around slope × average: the specials-to-general error
 * @param weighting which specials count and how
 */
public record EnvironmentModel(double slope, double stepSd, Weighting weighting) {

    public static final EnvironmentModel DEFAULT = new EnvironmentModel(1.0, 5.1, Weighting.EQUAL);

    public EnvironmentModel {
        if (!(slope > 0 && slope <= 2)) {
            throw new IllegalArgumentException("slope must lie in (0, 2], was " + slope);
        }
        if (!(stepSd >= 0 && stepSd <= 50)) {
            throw new IllegalArgumentException("specials-to-general sd must lie in [0, 50] points, was " + stepSd);
        }
        Objects.requireNonNull(weighting, "weighting");
    }

    /** Which specials the average is over; every special is one contest (a first round and its runoff are one). */
    public enum Weighting {
        /** every contest of the cycle alike: state legislative, statewide and congressional */
        EQUAL("equal"),
        /** the special elections alike, without the regularly scheduled elections the table lists beside them */
        SPECIALS("specials"),
        /** only U.S. House and Senate contests, alike */
        FEDERAL("federal");

        private final String label;

        Weighting(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether a special counts under this weighting. */
        public boolean counts(CycleSpecial s) {
            return switch (this) {
                case EQUAL -> true;
                case SPECIALS -> !s.regular();
                case FEDERAL -> s.federal();
            };
        }

        public static Weighting named(String name) {
            for (Weighting w : values()) {
                if (w.label.equals(name)) {
                    return w;
                }
            }
            throw new IllegalArgumentException("unknown weighting '" + name + "': equal, specials or federal");
        }
    }
}
