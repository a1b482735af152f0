package org.bellwether.formats;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the side files shipped in the project's {@code examples} folder, wherever the build runs from. */
public final class ExampleFiles {

    private ExampleFiles() {
    }

    public static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("examples").resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("example file not found above " + Path.of("").toAbsolutePath() + ": "
                + relative);
    }
}
