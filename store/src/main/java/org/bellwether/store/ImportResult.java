package org.bellwether.store;

import java.util.Objects;

/** What an import did: stored a new version, or found the same bytes and results as the newest one. */
public sealed interface ImportResult permits ImportResult.Created, ImportResult.Unchanged {

    VersionInfo version();

    /** A new version; {@code previous} is the election's version before it, 0 for its first. */
    record Created(VersionInfo version, long previous) implements ImportResult {
        public Created {
            Objects.requireNonNull(version, "version");
        }
    }

    /** Nothing stored: the same files, byte for byte, gave the same results as {@code version}. */
    record Unchanged(VersionInfo version) implements ImportResult {
        public Unchanged {
            Objects.requireNonNull(version, "version");
        }
    }
}
