package org.bellwether.formats;

import java.util.Objects;

/**
 * The one error a reader throws for bad input. Its message always names the file, the place in it (a line,
 * a JSON path, a record) and the problem, so that a user can find and fix it:
 * {@code cobb.csv: line 12: votes "12a" are not a whole number}.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** Input echoed into a message is capped so that a hostile file cannot flood the terminal. */
    static final int MAX_ECHO = 80;

    private final String file;
    private final String location;
    private final String problem;

    public InputException(String file, String location, String problem) {
        super(format(file, location, problem));
        this.file = Objects.requireNonNull(file, "file");
        this.location = Objects.requireNonNull(location, "location");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public InputException(String file, String location, String problem, Throwable cause) {
        this(file, location, problem);
        initCause(cause);
    }

    private static String format(String file, String location, String problem) {
        return location.isEmpty() ? file + ": " + problem : file + ": " + location + ": " + problem;
    }

    /** Quotes a piece of input for a message, cut to {@value #MAX_ECHO} characters. */
    public static String echo(String input) {
        String clean = input.replaceAll("\\p{Cntrl}", "?");
        return '"' + (clean.length() > MAX_ECHO ? clean.substring(0, MAX_ECHO) + "..." : clean) + '"';
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
