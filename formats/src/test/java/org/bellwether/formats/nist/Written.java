package org.bellwether.formats.nist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.Election;

/** An election written by the NIST writers, as text and as a file to read back. */
final class Written {

    static final String SOFTWARE = "Bellwether test";

    private Written() {
    }

    static String xml(Election e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NistErrXmlWriter(SOFTWARE).write(e, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String json(Election e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NistErrJsonWriter(SOFTWARE).write(e, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Election readBack(String text, Path dir, String name) {
        try {
            return NistFiles.read(Files.writeString(dir.resolve(name), text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
