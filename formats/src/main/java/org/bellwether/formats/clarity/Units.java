package org.bellwether.formats.clarity;

import java.util.HashMap;
import java.util.Map;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ReportingUnit;

/**
 * The reporting units of one file: its region, and the precincts or counties that {@code <Precinct>} and
 * {@code <County>} elements name. Clarity lists the same units in the same order under every vote type, so each
 * list is first matched against the previous one, position by position: the hot path of a statewide file is then
 * one string comparison per figure, and a hash lookup only where the order changes.
 */
final class Units {

    static final String PRECINCT = "Precinct";
    static final String COUNTY = "County";

    private final ElectionBuilder builder;
    private final Cursor in;
    private final Map<String, Integer> precincts = new HashMap<>();
    private final Map<String, Integer> counties = new HashMap<>();
    private final UnitSequence previous = new UnitSequence();
    private Region region;
    private int regionUnit;

    Units(ElectionBuilder builder, Cursor in) {
        this.builder = builder;
        this.in = in;
    }

    void region(String text) {
        if (region != null) {
            throw in.error("a second <Region>: the file covers " + region.unit().name() + " already");
        }
        region = Region.of(text);
        regionUnit = add(region.unit());
        if (region.unit().level() == org.bellwether.core.UnitLevel.STATE) {
            builder.state(text);
        }
    }

    int regionUnit() {
        requireRegion();
        return regionUnit;
    }

    /** Starts a list of units: the next {@link #child} is its first. */
    void startList() {
        previous.restart();
    }

    /** The unit a {@code <Precinct>} or {@code <County>} names, added when new. */
    int child(String tag, String name) {
        int unit = previous.next(tag, name);
        if (unit < 0) {
            unit = lookup(tag, name);
            previous.replace(tag, name, unit);
        }
        return unit;
    }

    private int lookup(String tag, String name) {
        boolean precinct = PRECINCT.equals(tag);
        Map<String, Integer> known = precinct ? precincts : counties;
        Integer unit = known.get(name);
        if (unit == null) {
            requireRegion();
            unit = add(precinct ? region.precinct(name) : region.county(name));
            known.put(name, unit);
        }
        return unit;
    }

    /** What the file breaks its figures into, for notes: {@code precincts} or {@code counties}. */
    String parts() {
        return counties.size() > precincts.size() ? "counties" : "precincts";
    }

    int childCount() {
        return precincts.size() + counties.size();
    }

    String regionName() {
        return region == null ? "" : region.unit().name();
    }

    private int add(ReportingUnit unit) {
        try {
            return builder.unit(unit.id(), unit.name(), unit.level(), unit.parentId());
        } catch (IllegalArgumentException tooMany) {
            // the model's limit on units (TallyLimits.MAX_UNITS) is checked as units are added
            throw in.error(tooMany.getMessage());
        }
    }

    private void requireRegion() {
        if (region == null) {
            throw in.error("<" + in.element() + "> comes before any <Region>: the file does not say where its "
                    + "figures are from");
        }
    }
}
