package org.bellwether.formats.openelections;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.UnitLevel;

/**
 * Resolves a row's county and precinct cells to a reporting unit, remembering the last pair since rows come
 * grouped by precinct. A county is a COUNTY unit whose id is its name; a precinct is a PRECINCT unit with id
 * {@code county/precinct} and its county as parent.
 *
 * <p>Totals are not units. In a precinct file a precinct cell that is blank (Georgia 2016) or reads
 * {@code TOTAL}, {@code Total} or {@code Totals} (any case) is the county's total; in a county-level file a
 * county cell reading {@code Total} or {@code TOTALS} is the file's total. Their group is what they total: the
 * county unit, or 0 for the whole file.
 *
 * <p>County-name case: a county name written entirely in capitals (the KS-04 summary's {@code BARBER}) is
 * turned into capitalised words ({@code Barber}) so that it names the same unit as the county's own precinct
 * file; any name with a lower-case letter is kept exactly as written, so ids stay as the sources spell them
 * ({@code DeKalb}). The rule cannot restore inner capitals ({@code MCCONE} would become {@code Mccone}); every
 * conversion is listed in the notes.
 */
final class Units {

    private final ReadContext context;
    private final boolean countyLevel;
    private final Map<String, String> converted = new LinkedHashMap<>();
    private String lastCounty;
    private String lastPrecinct;
    private int unit;
    private int group;
    private boolean total;
    private String countyId = "";
    /** The county of the rows being read as a parent, and its unit once a precinct of it is read (else -1). */
    private Optional<String> countyParent = Optional.empty();
    private int countyUnit = -1;
    private String id = "";
    private String totalLabel = "";

    Units(ReadContext context, boolean countyLevel) {
        this.context = context;
        this.countyLevel = countyLevel;
    }

    /** Resolves the row's cells; {@code precinct} is null in a county-level file. */
    void resolve(String county, String precinct, long line) {
        if (county.equals(lastCounty) && (precinct == null || precinct.equals(lastPrecinct))) {
            return;
        }
        if (!county.equals(lastCounty)) {
            countyId = countyId(county.strip(), line);
            countyParent = Optional.of(countyId);
            countyUnit = -1;
        }
        if (countyLevel) {
            resolveCounty(county.strip());
        } else {
            resolvePrecinct(precinct.strip());
        }
        lastCounty = county;
        lastPrecinct = precinct;
    }

    private void resolveCounty(String written) {
        total = isTotal(written);
        group = 0;
        totalLabel = total ? written : "";
        id = total ? "" : countyId;
        unit = total ? -1 : context.builder().unit(countyId, countyId, UnitLevel.COUNTY, Optional.empty());
    }

    private void resolvePrecinct(String precinct) {
        if (countyUnit < 0) {
            countyUnit = context.builder().unit(countyId, countyId, UnitLevel.COUNTY, Optional.empty());
        }
        group = countyUnit;
        total = precinct.isEmpty() || isTotal(precinct);
        totalLabel = total ? countyId + " " + (precinct.isEmpty() ? "(blank precinct)" : precinct) : "";
        id = total ? "" : countyId + "/" + precinct;
        unit = total ? -1
                : context.builder().unit(id, precinct, UnitLevel.PRECINCT, countyParent);
    }

    private String countyId(String written, long line) {
        if (written.isEmpty()) {
            throw context.error(line, "county is blank");
        }
        if (!written.equals(written.toUpperCase(Locale.ROOT))
                || written.equals(written.toLowerCase(Locale.ROOT)) || (countyLevel && isTotal(written))) {
            return written;
        }
        String id = capitalised(written);
        converted.putIfAbsent(written, id);
        return id;
    }

    static boolean isTotal(String cell) {
        return cell.equalsIgnoreCase("total") || cell.equalsIgnoreCase("totals");
    }

    /** Each run of letters gets its first letter in capitals and the rest in lower case. */
    static String capitalised(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean inWord = false;
        for (char c : name.toCharArray()) {
            out.append(inWord ? Character.toLowerCase(c) : c);
            inWord = Character.isLetter(c);
        }
        return out.toString();
    }

    void addNotes(FileNotes notes) {
        if (!converted.isEmpty()) {
            notes.add("county names written in capitals read as capitalised words, to match the counties' own "
                    + "files: " + converted.entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue())
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    int unit() {
        return unit;
    }

    int group() {
        return group;
    }

    boolean total() {
        return total;
    }

    /** The unit's id, for messages. */
    String id() {
        return id;
    }

    /** What a total row covers, for messages: {@code Cobb TOTAL}, {@code TOTALS}. */
    String totalLabel() {
        return totalLabel;
    }
}
