package org.bellwether.formats.nist;

import java.util.Optional;
import org.bellwether.core.UnitLevel;

/**
 * NIST's {@code ReportingUnitType} and the model's four levels. Local governments (county, city, town...) are
 * counties; every kind of voting place or precinct part is a precinct; electoral districts and {@code other} are
 * districts. The writer uses one type per level, {@code other}/{@code district} for districts, since the model does
 * not know which kind of district a unit is; that is also why a city read from NIST is written as a county.
 */
final class UnitKinds {

    /** How a level is written: {@code Type} and {@code OtherType}. */
    record Written(String type, Optional<String> otherType) {
    }

    static final String DISTRICT = "district";

    private UnitKinds() {
    }

    static UnitLevel level(String type) {
        return switch (type) {
            case "state", "country" -> UnitLevel.STATE;
            case "county", "city", "town", "township", "borough", "village", "municipality" -> UnitLevel.COUNTY;
            case "precinct", "split-precinct", "combined-precinct", "ballot-style-area", "polling-place",
                    "vote-center", "drop-box", "ballot-batch" -> UnitLevel.PRECINCT;
            default -> UnitLevel.DISTRICT;
        };
    }

    static Written write(UnitLevel level) {
        return switch (level) {
            case STATE -> new Written("state", Optional.empty());
            case COUNTY -> new Written("county", Optional.empty());
            case PRECINCT -> new Written("precinct", Optional.empty());
            case DISTRICT -> new Written("other", Optional.of(DISTRICT));
        };
    }
}
