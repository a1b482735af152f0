package org.bellwether.analysis.cycle;

import java.time.LocalDate;
import java.util.Objects;
import org.hipparchus.fraction.BigFraction;

/**
 * One special election of the cycle with its over-performance: the national environment it implies, in
 * Republican-minus-Democratic points (negative favours Democrats), as in every other analysis here.
 *
 * @param date        election day
 * @param name        how a reader names it, e.g. {@code GA 6th CD}
 * @param level       congressional, statewide or state legislative
 * @param federal     a U.S. House or Senate contest
 * @param regular     a regularly scheduled election listed beside the specials (New Jersey and Virginia, 2017)
 * @param environment special margin minus the district's partisan lean, R − D points
 */
public record CycleSpecial(LocalDate date, String name, Level level, boolean federal, boolean regular,
        BigFraction environment) {

    public CycleSpecial {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(environment, "environment");
    }

    /** How the cycle's specials are grouped. */
    public enum Level {
        CONGRESSIONAL("congressional"), STATEWIDE("statewide"), STATE_LEGISLATIVE("state legislative");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
