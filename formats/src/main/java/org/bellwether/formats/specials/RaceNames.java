package org.bellwether.formats.specials;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a race name in any of the styles of FiveThirtyEight's table; an unknown style is refused. */
final class RaceNames {

    private static final Pattern HOUSE = Pattern.compile("(?:(\\d{1,2})(?:st|nd|rd|th)|At-Large) CD");
    /** {@code HD-21}, {@code AD-09}, {@code SD-14}, {@code HD-38B}, {@code Belknap HD-09}, {@code HD-07, Position 2}. */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:([A-Z][a-z]+) )?(HD|AD|SD)-\\d{1,3}[A-Z]?(?:, Position \\d)?");
    /** Massachusetts: {@code 1st Berkshire HD}, {@code 3rd Essex HD}, {@code Worcester & Middlesex SD}. */
    private static final Pattern NAMED = Pattern.compile(
            "(?:\\d{1,2}(?:st|nd|rd|th) )?([A-Z][a-z]+(?: & [A-Z][a-z]+)*) (HD|SD)");
    private static final Set<String> STATEWIDE = Set.of("U.S. Senate", "Governor", "Lt. Governor",
            "Lieutenant Governor", "Attorney General", "Treasurer", "Secretary of State");

    private RaceNames() {
    }

    static Optional<Race> parse(String name) {
        Matcher house = HOUSE.matcher(name);
        if (house.matches()) {
            OptionalInt number = house.group(1) == null ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(house.group(1)));
            return Optional.of(new Race.House(name, number));
        }
        if (STATEWIDE.contains(name)) {
            return Optional.of(new Race.Statewide(name));
        }
        Matcher numbered = NUMBERED.matcher(name);
        if (numbered.matches()) {
            return Optional.of(new Race.Legislative(name, chamber(numbered.group(2)),
                    Optional.ofNullable(numbered.group(1))));
        }
        Matcher named = NAMED.matcher(name);
        if (named.matches()) {
            return Optional.of(new Race.Legislative(name, chamber(named.group(2)), Optional.of(named.group(1))));
        }
        return Optional.empty();
    }

    private static Race.Chamber chamber(String code) {
        return code.equals("SD") ? Race.Chamber.UPPER : Race.Chamber.LOWER;
    }
}
