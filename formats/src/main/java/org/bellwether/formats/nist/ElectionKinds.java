package org.bellwether.formats.nist;

import org.bellwether.core.ElectionType;

/** NIST's {@code ElectionType} and the model's: every kind of primary is a primary; {@code other} is unknown. */
final class ElectionKinds {

    private ElectionKinds() {
    }

    static ElectionType read(String type) {
        return switch (type) {
            case "general" -> ElectionType.GENERAL;
            case "primary", "partisan-primary-closed", "partisan-primary-open" -> ElectionType.PRIMARY;
            case "runoff" -> ElectionType.RUNOFF;
            case "special" -> ElectionType.SPECIAL;
            default -> ElectionType.UNKNOWN;
        };
    }

    static String write(ElectionType type) {
        return switch (type) {
            case GENERAL -> "general";
            case PRIMARY -> "primary";
            case RUNOFF -> "runoff";
            case SPECIAL -> "special";
            case UNKNOWN -> "other";
        };
    }
}
