package org.bellwether.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every store test runs on: an SQLite file, and a new database on the real PostgreSQL server of
 * {@link ThrowawayPostgres} (skipped without one on a developer's machine, failed on CI).
 */
enum Backend {
    SQLITE, POSTGRESQL;

    private static final AtomicInteger FILES = new AtomicInteger();

    /** A new, empty store location: a file in {@code dir}, or a new PostgreSQL database. */
    String freshStore(Path dir) {
        return switch (this) {
            case SQLITE -> dir.resolve("results-" + FILES.incrementAndGet() + ".db").toString();
            case POSTGRESQL -> ThrowawayPostgres.freshDatabase("bw_test");
        };
    }
}
