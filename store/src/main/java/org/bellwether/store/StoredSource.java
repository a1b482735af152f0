package org.bellwether.store;

import java.util.Objects;

/**
 * A file a version was imported from.
 *
 * @param path   the path as the importer gave it
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 * @param reader the reader that read it
 */
public record StoredSource(String path, String sha256, String reader) {

    public StoredSource {
        Objects.requireNonNull(path, "source path");
        Objects.requireNonNull(sha256, "source sha256");
        Objects.requireNonNull(reader, "source reader");
    }
}
