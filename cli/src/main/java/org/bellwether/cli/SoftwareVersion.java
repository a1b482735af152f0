package org.bellwether.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** Bellwether's version, filtered into the jar at build time so every output can name it. */
final class SoftwareVersion implements CommandLine.IVersionProvider {

    static String get() {
        Properties p = new Properties();
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    /** The name and version, as the store records who imported a version: {@code bellwether 0.1.0}. */
    static String named() {
        return "bellwether " + get();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bellwether " + get(), "Java " + Runtime.version()};
    }
}
