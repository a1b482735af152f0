package org.bellwether.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real election files of {@code ../shared/data}, read in place and never copied. The build passes
 * the folder as the system property {@code bellwether.data}; a missing folder fails the test that needs it.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("bellwether.data", "../shared/data");
        Path root = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("shared election data not found at " + root
                    + "; check out ../shared beside the project or pass -Dbellwether.data=PATH");
        }
        return root;
    }

    public static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared data file missing: " + file);
        }
        return file;
    }
}
