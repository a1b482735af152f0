package org.bellwether.formats.openelections;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bellwether.core.ElectionType;
import org.bellwether.formats.UsStates;

/**
 * What an OpenElections file name says under the project's naming standard,
 * {@code YYYYMMDD__state__[special__]{general|primary}[__party][__runoff][__jurisdiction]__level.csv}, e.g.
 * {@code 20170620__ga__special__general__runoff__cobb__precinct.csv}: the election's day, its state, its kind
 * and a name made of them. A name that breaks the standard gives nothing, never a guess.
 *
 * @param date  the election day
 * @param state the state's USPS code
 * @param type  runoff before special before primary before general, as {@link ElectionType#fromName} ranks them
 * @param name  e.g. {@code GA special general runoff}
 */
record FileName(LocalDate date, String state, ElectionType type, String name) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> KINDS = List.of("special", "general", "primary", "runoff");

    static Optional<FileName> parse(String fileName) {
        String base = fileName.toLowerCase(Locale.ROOT);
        if (!base.endsWith(".csv")) {
            return Optional.empty();
        }
        List<String> parts = Arrays.asList(base.substring(0, base.length() - 4).split("__", -1));
        if (parts.size() < 4 || !parts.get(0).matches("\\d{8}") || !parts.get(1).matches("[a-z]{2}")) {
            return Optional.empty();
        }
        Optional<String> state = UsStates.codeOf(parts.get(1)).filter(code -> code.length() == 2);
        LocalDate date;
        try {
            date = LocalDate.parse(parts.get(0), DAY);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        List<String> kinds = parts.subList(2, parts.size() - 1).stream().filter(KINDS::contains).toList();
        if (state.isEmpty() || !(kinds.contains("general") || kinds.contains("primary"))) {
            return Optional.empty();
        }
        String words = String.join(" ", kinds);
        String name = state.get() + " " + words;
        return Optional.of(new FileName(date, state.get(), ElectionType.fromName(words), name));
    }
}
