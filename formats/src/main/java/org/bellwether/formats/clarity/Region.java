package org.bellwether.formats.clarity;

import java.util.Locale;
import java.util.Optional;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.UnitLevel;
import org.bellwether.formats.UsStates;

/**
 * The place a Clarity file covers, from its {@code <Region>}: a state by its postal code in a statewide file
 * ({@code GA}), a county by its bare name in a county's file ({@code Cobb}). Unit ids follow the Georgia Secretary
 * of State's export, so that the two sources of one election line up: {@code Georgia}, {@code Cobb County},
 * {@code Cobb County/Addison 01}. Units keep the name as the file gives it.
 */
record Region(ReportingUnit unit) {

    static Region of(String text) {
        Optional<String> state = UsStates.byCode(text);
        if (state.isPresent()) {
            return new Region(new ReportingUnit(state.get(), text, UnitLevel.STATE, Optional.empty()));
        }
        return new Region(new ReportingUnit(countyId(text), text, UnitLevel.COUNTY, Optional.empty()));
    }

    /** A county's id: its name with {@code County} after it, unless the name already ends so. */
    static String countyId(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(" county") ? name : name + " County";
    }

    /** A precinct of this region, inside it. */
    ReportingUnit precinct(String name) {
        return new ReportingUnit(unit.id() + "/" + name, name, UnitLevel.PRECINCT, Optional.of(unit.id()));
    }

    /** A county of this region: inside it when the region is a state. */
    ReportingUnit county(String name) {
        Optional<String> parent = unit.level() == UnitLevel.STATE ? Optional.of(unit.id()) : Optional.empty();
        return new ReportingUnit(countyId(name), name, UnitLevel.COUNTY, parent);
    }
}
