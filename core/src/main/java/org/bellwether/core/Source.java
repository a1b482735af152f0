package org.bellwether.core;

import java.util.Objects;

/**
 * An input file an election was read from, so that every output can say what it was made of.
 *
 * @param path   the path as given by the user
 * @param sha256 the SHA-256 of the file's bytes, lower-case hex
 * @param reader the name of the reader that read it
 */
public record Source(String path, String sha256, String reader) {

    public Source {
        Objects.requireNonNull(path, "source path");
        Objects.requireNonNull(sha256, "source sha256");
        Objects.requireNonNull(reader, "source reader");
    }
}
