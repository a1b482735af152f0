package org.bellwether.analysis.crosswalk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spelling rules of the normalised stage. A name is upper-cased; parenthesised notes are dropped
 * ({@code ASHFORD PARK ELEM (BHAVN)}); every run of characters other than letters and digits becomes one space;
 * a few abbreviations seen in the data are written out ({@code MT} → {@code MOUNT}, {@code RD} → {@code ROAD},
 * {@code ELEM} → {@code ELEMENTARY}, {@code TWP} → {@code TOWNSHIP}); and leading zeros of a number standing
 * alone are dropped ({@code 01} → {@code 1}). A county also loses a trailing {@code COUNTY}.
 */
public final class Names {

    private static final Map<String, String> WORDS = Map.of("MT", "MOUNT", "RD", "ROAD", "ELEM", "ELEMENTARY",
            "TWP", "TOWNSHIP");

    private Names() {
    }

    public static String normalise(String name) {
        String upper = name.toUpperCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ");
        List<String> words = new ArrayList<>();
        for (String word : upper.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word(word));
            }
        }
        return String.join(" ", words);
    }

    /** The numbers a name carries, in order, without leading zeros: {@code ML04A} → [4], {@code Gore H 79} → [79]. */
    public static java.util.List<String> numbers(String name) {
        java.util.List<String> numbers = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(name);
        while (m.find()) {
            numbers.add(word(m.group()));
        }
        return numbers;
    }

    public static String county(String county) {
        String name = normalise(county);
        return name.endsWith(" COUNTY") ? name.substring(0, name.length() - " COUNTY".length()) : name;
    }

    private static String word(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            String stripped = word.replaceFirst("^0+", "");
            return stripped.isEmpty() ? "0" : stripped;
        }
        return WORDS.getOrDefault(word, word);
    }
}
