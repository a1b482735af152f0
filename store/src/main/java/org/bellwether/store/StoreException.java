package org.bellwether.store;

import java.util.Objects;

/**
 * The one error the store throws. Its message names the store (a file path, or a PostgreSQL address without its
 * password) and says what is wrong in words a user can act on; the {@link Kind} says whose fault it is.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whose fault: decides the command's exit code. */
    public enum Kind {
        /** The store cannot be used: missing, damaged, foreign, newer, unreachable. */
        UNUSABLE_STORE,
        /** The store is fine, but holds no such election or version as asked for, or the versions do not go together. */
        BAD_REFERENCE,
        /** The references are good, but what was asked contradicts what is stored (a call already standing). */
        CONFLICT
    }

    private final Kind kind;

    StoreException(Kind kind, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    StoreException(Kind kind, String message, Throwable cause) {
        this(kind, message);
        initCause(cause);
    }

    static StoreException unusable(String message, Throwable cause) {
        return new StoreException(Kind.UNUSABLE_STORE, message, cause);
    }

    static StoreException unusable(String message) {
        return new StoreException(Kind.UNUSABLE_STORE, message);
    }

    static StoreException badReference(String message) {
        return new StoreException(Kind.BAD_REFERENCE, message);
    }

    static StoreException conflict(String message) {
        return new StoreException(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }
}
