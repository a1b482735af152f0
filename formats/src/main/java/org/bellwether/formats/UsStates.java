package org.bellwether.formats;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The states by their postal code. A statewide Clarity file names its region by the code ({@code GA}); the
 * Georgia Secretary of State's export, and Bellwether's unit ids with it, use the name ({@code Georgia}), so the
 * code is turned into the name for the unit id. The code is kept as the unit's name, as the source gave it.
 */
public final class UsStates {

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("AL", "Alabama"), Map.entry("AK", "Alaska"), Map.entry("AZ", "Arizona"),
            Map.entry("AR", "Arkansas"), Map.entry("CA", "California"), Map.entry("CO", "Colorado"),
            Map.entry("CT", "Connecticut"), Map.entry("DE", "Delaware"), Map.entry("DC", "District of Columbia"),
            Map.entry("FL", "Florida"), Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"),
            Map.entry("ID", "Idaho"), Map.entry("IL", "Illinois"), Map.entry("IN", "Indiana"),
            Map.entry("IA", "Iowa"), Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"),
            Map.entry("LA", "Louisiana"), Map.entry("ME", "Maine"), Map.entry("MD", "Maryland"),
            Map.entry("MA", "Massachusetts"), Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"),
            Map.entry("MS", "Mississippi"), Map.entry("MO", "Missouri"), Map.entry("MT", "Montana"),
            Map.entry("NE", "Nebraska"), Map.entry("NV", "Nevada"), Map.entry("NH", "New Hampshire"),
            Map.entry("NJ", "New Jersey"), Map.entry("NM", "New Mexico"), Map.entry("NY", "New York"),
            Map.entry("NC", "North Carolina"), Map.entry("ND", "North Dakota"), Map.entry("OH", "Ohio"),
            Map.entry("OK", "Oklahoma"), Map.entry("OR", "Oregon"), Map.entry("PA", "Pennsylvania"),
            Map.entry("RI", "Rhode Island"), Map.entry("SC", "South Carolina"), Map.entry("SD", "South Dakota"),
            Map.entry("TN", "Tennessee"), Map.entry("TX", "Texas"), Map.entry("UT", "Utah"),
            Map.entry("VT", "Vermont"), Map.entry("VA", "Virginia"), Map.entry("WA", "Washington"),
            Map.entry("WV", "West Virginia"), Map.entry("WI", "Wisconsin"), Map.entry("WY", "Wyoming"));

    private UsStates() {
    }

    /** The state's name for its postal code ({@code GA}: {@code Georgia}). */
    public static Optional<String> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The postal code for a state's name or code, any case ({@code Georgia}, {@code georgia}, {@code GA}). */
    public static Optional<String> codeOf(String nameOrCode) {
        String s = nameOrCode.strip();
        if (BY_CODE.containsKey(s.toUpperCase(Locale.ROOT))) {
            return Optional.of(s.toUpperCase(Locale.ROOT));
        }
        return BY_CODE.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(s)).map(Map.Entry::getKey)
                .findFirst();
    }
}
