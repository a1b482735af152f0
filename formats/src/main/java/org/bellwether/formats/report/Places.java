package org.bellwether.formats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.Election;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.Source;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitTree;
import org.bellwether.formats.fips.FipsCodes;

/**
 * The ids outputs give each reporting unit so that programs can join on them: the source's own id, the county it
 * lies in, and FIPS codes where the Census Bureau's list has the place. The state comes from the election's
 * state-level unit, else from the OpenElections file-name convention ({@code 20170620__ga__...}), since
 * OpenElections files name no state inside them; without a state no FIPS code is given.
 */
public final class Places {

    private static final Pattern OPENELECTIONS_NAME = Pattern.compile("^\\d{8}__([a-z]{2})__");

    private final List<Place> places;
    private final Optional<String> stateFips;
    private final Map<String, Place> byId = new HashMap<>();

    private Places(List<Place> places, Optional<String> stateFips) {
        this.places = List.copyOf(places);
        this.stateFips = stateFips;
        places.forEach(p -> byId.putIfAbsent(p.id(), p));
    }

    /**
     * One unit as outputs identify it.
     *
     * @param id         the unit's id in the source (stable across sources for the same place)
     * @param name       the unit's name as the source gives it
     * @param level      the unit's level
     * @param county     the name of the county the unit lies in (itself for a county), when the tree has one
     * @param countyId   that county's id
     * @param fips       the unit's own FIPS code: two digits for a state, five for a county
     * @param countyFips the five-digit FIPS code of the county the unit lies in
     */
    public record Place(String id, String name, UnitLevel level, Optional<String> county, Optional<String> countyId,
            Optional<String> fips, Optional<String> countyFips) {
        public Place {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(county, "county");
            Objects.requireNonNull(countyId, "county id");
            Objects.requireNonNull(fips, "fips");
            Objects.requireNonNull(countyFips, "county fips");
        }
    }

    /** The places of every unit of the election, in the election's unit order. */
    public static Places of(Election election) {
        FipsCodes codes = FipsCodes.shipped();
        UnitTree tree = new UnitTree(election.units());
        Optional<String> state = state(election, codes);
        List<Place> places = new ArrayList<>();
        for (int u = 0; u < election.units().size(); u++) {
            places.add(place(election.units(), tree, u, state, codes));
        }
        return new Places(places, state);
    }

    /**
     * The places a report's breakdowns look up: those of every unit when a contest has a breakdown, else none. A
     * statewide file has tens of thousands of units, each looked up in the Census Bureau's list, for a report that
     * names none of them.
     */
    public static Places forBreakdowns(Election election, List<ContestReport> contests) {
        return contests.stream().anyMatch(c -> !c.breakdowns().isEmpty()) ? of(election)
                : new Places(List.of(), Optional.empty());
    }

    /** The two-digit FIPS code of the election's state, when it is known. */
    public Optional<String> stateFips() {
        return stateFips;
    }

    /** The five-digit FIPS code of a county of the election's state, by the county's name. */
    public Optional<String> countyFips(String countyName) {
        return stateFips.flatMap(s -> FipsCodes.shipped().county(s, countyName));
    }

    /** The place of the unit at this index of the election's units. */
    public Place get(int unit) {
        return places.get(unit);
    }

    /** The place of the unit with this id, if the election has it. */
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static Place place(List<ReportingUnit> units, UnitTree tree, int u, Optional<String> state,
            FipsCodes codes) {
        ReportingUnit unit = units.get(u);
        int c = tree.ancestorAt(u, UnitLevel.COUNTY);
        Optional<ReportingUnit> county = c >= 0 ? Optional.of(units.get(c)) : Optional.empty();
        Optional<String> countyFips = county.flatMap(cu -> state.flatMap(s -> codes.county(s, cu.name())));
        Optional<String> own = switch (unit.level()) {
            case STATE -> codes.state(unit.name());
            case COUNTY -> countyFips;
            case DISTRICT, PRECINCT -> Optional.empty();
        };
        return new Place(unit.id(), unit.name(), unit.level(), county.map(ReportingUnit::name),
                county.map(ReportingUnit::id), own, countyFips);
    }

    private static Optional<String> state(Election election, FipsCodes codes) {
        for (int u = 0; u < election.units().size(); u++) {
            if (election.units().get(u).level() == UnitLevel.STATE) {
                Optional<String> code = codes.state(election.units().get(u).name());
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        for (Source s : election.sources()) {
            Path file = Path.of(s.path()).getFileName();
            Matcher m = OPENELECTIONS_NAME.matcher(file == null ? "" : file.toString().toLowerCase(Locale.ROOT));
            if (s.reader().startsWith("openelections") && m.find()) {
                return codes.state(m.group(1));
            }
        }
        return Optional.empty();
    }
}
