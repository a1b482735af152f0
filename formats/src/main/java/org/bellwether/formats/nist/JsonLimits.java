package org.bellwether.formats.nist;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@link NistLimit}s Jackson enforces while it parses, and their names in its messages. */
final class JsonLimits {

    /** Jackson reports the value that broke a limit first in parentheses: {@code Name length (1001) exceeds ...}. */
    private static final Pattern FOUND = Pattern.compile("\\((\\d+)\\)");

    private JsonLimits() {
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(NistLimit.NESTING_DEPTH.limit())
                .maxStringLength(NistLimit.TEXT_LENGTH.limit())
                .maxNumberLength(NistLimit.NUMBER_LENGTH.limit())
                .maxNameLength(NistLimit.NAME_LENGTH.limit())
                .build();
    }

    /** Jackson's exception names its own setting, so the limit is recognised from the start of its message. */
    static String problem(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher found = FOUND.matcher(message);
        long value = found.find() ? Long.parseLong(found.group(1)) : -1;
        if (message.startsWith("Document nesting depth")) {
            return "JSON " + NistLimit.NESTING_DEPTH.problem(value);
        } else if (message.startsWith("String value length")) {
            return "JSON " + NistLimit.TEXT_LENGTH.problem(value);
        } else if (message.startsWith("Number value length")) {
            return "JSON " + NistLimit.NUMBER_LENGTH.problem(value);
        } else if (message.startsWith("Name length")) {
            return "JSON " + NistLimit.NAME_LENGTH.problem(value);
        }
        return "JSON exceeds a reader limit: " + message;
    }
}
