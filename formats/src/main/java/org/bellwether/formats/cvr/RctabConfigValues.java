package org.bellwether.formats.cvr;

import java.util.List;
import java.util.Map;
import org.bellwether.formats.InputException;

/**
 * The typed values of one RCTab configuration's JSON tree: a string, a flag, a whole number, an object or an array
 * where one is due, each refusal naming the configuration file and the JSON path. RCTab writes numbers as strings
 * and leaves unset keys blank, so a missing key reads as blank and a blank flag as false.
 */
final class RctabConfigValues {

    private final String file;

    RctabConfigValues(String file) {
        this.file = file;
    }

    int integer(String raw, String at) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw fail(at, InputException.echo(raw) + " is not a whole number");
        }
    }

    Object require(Map<String, Object> map, String key, String at) {
        Object v = map.get(key);
        if (v == null) {
            throw fail(at, "has no " + key);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(Object value, String at) {
        if (!(value instanceof Map)) {
            throw fail(at, "is not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    List<Object> list(Object value, String at) {
        if (!(value instanceof List)) {
            throw fail(at, "is not a JSON array");
        }
        return (List<Object>) value;
    }

    String text(Map<String, Object> map, String key, String at) {
        Object v = map.get(key);
        if (v == null) {
            return "";
        }
        if (!(v instanceof String s)) {
            throw fail(at + "." + key, "is not a string");
        }
        return s;
    }

    boolean flag(Map<String, Object> map, String key, String at) {
        Object v = map.get(key);
        if (v == null || "".equals(v)) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw fail(at + "." + key, "is not true or false");
        }
        return b;
    }

    InputException fail(String at, String problem) {
        return new InputException(file, at, problem);
    }
}
