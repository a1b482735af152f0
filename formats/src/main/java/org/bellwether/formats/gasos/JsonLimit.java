package org.bellwether.formats.gasos;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limits put on a results JSON file before Jackson reads it, each named in the error that reports it. A Georgia
 * export nests 11 levels deep (document, localResults, county, ballotItems, item, ballotOptions, option,
 * precinctResults, precinct, groupResults, group); its longest name is about 150 characters; no count needs more
 * than 10 digits. The limits leave ample room above that and keep a hostile file from costing memory or stack.
 */
enum JsonLimit {
    NESTING_DEPTH("nesting depth", 32, "Document nesting depth"),
    STRING_LENGTH("string length", 10_000, "String value length"),
    NUMBER_LENGTH("number length", 20, "Number value length"),
    NAME_LENGTH("field name length", 1_000, "Name length"),
    /**
     * Counted by the reader, not Jackson: duplicate detection remembers every name of an open object, so a million
     * distinct unknown keys would cost a gigabyte; an export's objects have a dozen members.
     */
    MEMBERS("members in one object", 10_000, null);

    /** Jackson reports the value that broke a limit first in parentheses: {@code Name length (1001) exceeds ...}. */
    private static final Pattern FOUND = Pattern.compile("\\((\\d+)\\)");

    private final String what;
    private final int limit;
    private final String jacksonPrefix;

    JsonLimit(String what, int limit, String jacksonPrefix) {
        this.what = what;
        this.limit = limit;
        this.jacksonPrefix = jacksonPrefix;
    }

    int limit() {
        return limit;
    }

    /** E.g. {@code JSON members in one object 10001 exceeds the limit of 10000 (JsonLimit.MEMBERS)}. */
    String exceeded(long found) {
        return "JSON " + what + " " + found + " exceeds the limit of " + limit + " (JsonLimit." + name() + ")";
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(NESTING_DEPTH.limit)
                .maxStringLength(STRING_LENGTH.limit)
                .maxNumberLength(NUMBER_LENGTH.limit)
                .maxNameLength(NAME_LENGTH.limit)
                .build();
    }

    /**
     * The problem to report for a limit Jackson enforced. Jackson's exception names its own getter, not our
     * setting, so the limit is recognised from the start of its message.
     */
    static String problem(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        for (JsonLimit limit : values()) {
            if (limit.jacksonPrefix != null && message.startsWith(limit.jacksonPrefix)) {
                Matcher found = FOUND.matcher(message);
                String value = found.find() ? " " + found.group(1) : "";
                return "JSON " + limit.what + value + " exceeds the limit of " + limit.limit + " (JsonLimit."
                        + limit.name() + ")";
            }
        }
        return "JSON exceeds a reader limit: " + message;
    }
}
