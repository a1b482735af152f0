package org.bellwether.formats.specials;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The office a published special election was for, as FiveThirtyEight's table names it in several styles:
 * {@code 6th CD} and {@code At-Large CD} (U.S. House), {@code U.S. Senate} and {@code Governor} (statewide),
 * {@code HD-21}, {@code AD-58}, {@code SD-14}, {@code Belknap HD-09}, {@code HD-07, Position 2},
 * {@code 1st Berkshire HD} and {@code Worcester & Middlesex SD} (state legislative).
 */
public sealed interface Race permits Race.House, Race.Statewide, Race.Legislative {

    /** The race as the table writes it. */
    String name();

    /** Congressional, statewide or state legislative: how the cycle's specials are grouped. */
    default Level level() {
        return switch (this) {
            case House h -> Level.CONGRESSIONAL;
            case Statewide s -> Level.STATEWIDE;
            case Legislative l -> Level.STATE_LEGISLATIVE;
        };
    }

    /** Whether the office is federal (U.S. House or Senate). */
    default boolean federal() {
        return switch (this) {
            case House h -> true;
            case Statewide s -> s.office().equals("U.S. Senate");
            case Legislative l -> false;
        };
    }

    enum Level {
        CONGRESSIONAL("congressional"), STATEWIDE("statewide"), STATE_LEGISLATIVE("state legislative");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    enum Chamber { LOWER, UPPER }

    /** A U.S. House district; {@code number} is empty for an at-large district. */
    record House(String name, OptionalInt number) implements Race {
        public House {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(number, "number");
        }

        /** The district as a lean table names it with the state's code: {@code GA-6}; at large is 1 ({@code MT-1}). */
        public String district(String state) {
            return state + "-" + number.orElse(1);
        }
    }

    /** A statewide office: {@code U.S. Senate}, {@code Governor}, {@code Treasurer}, ... */
    record Statewide(String office) implements Race {
        public Statewide {
            Objects.requireNonNull(office, "office");
        }

        @Override
        public String name() {
            return office;
        }
    }

    /**
     * A state legislative district.
     *
     * @param county the county or area a district number is inside ({@code Belknap}), when the name has one
     */
    record Legislative(String name, Chamber chamber, Optional<String> county) implements Race {
        public Legislative {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(chamber, "chamber");
            Objects.requireNonNull(county, "county");
        }
    }
}
