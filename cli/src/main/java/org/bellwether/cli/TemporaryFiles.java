package org.bellwether.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files output is written into before it is moved into place. Their names are short whatever the
 * output's name (a name near the file system's limit of 255 bytes leaves no room for a suffix) and say whose they
 * are: {@code .bellwether-PID-RANDOM.part}. A run killed before it could remove its file leaves one behind; the
 * next run into that folder removes every such file whose process is no longer running.
 */
final class TemporaryFiles {

    private static final Pattern NAME = Pattern.compile("\\.bellwether-(\\d{1,19})-[0-9a-f]{16}\\.part");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryFiles() {
    }

    /** A new, empty temporary file in {@code folder}, created with the mode the umask gives an ordinary file. */
    static Path create(Path folder) throws IOException {
        removeStale(folder);
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        Path temp = folder.resolve(".bellwether-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().formatHex(random) + ".part");
        return Files.createFile(temp);
    }

    /** Whether {@code name} is one of ours, left by a process that is gone. */
    static boolean isStale(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void removeStale(Path folder) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".bellwether-*.part")) {
            for (Path part : parts) {
                if (isStale(part.getFileName().toString()) && Files.isRegularFile(part)) {
                    delete(part);
                }
            }
        } catch (IOException e) {
            // Cleaning is a courtesy: a folder that cannot be listed will fail the write itself, with its reason.
        }
    }

    static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more can be done; the name says whose it is and the next run removes it.
        }
    }
}
