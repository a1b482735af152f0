package org.bellwether.formats.clarity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips for tests, entry by entry in the order given; names are written as given, even hostile ones. */
final class Zips {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static Zips of(String name, byte[] content) {
        return new Zips().and(name, content);
    }

    static Zips of(String name, String content) {
        return of(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Zips and(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    Zips and(String name, String content) {
        return and(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    byte[] bytes(Path dir) throws IOException {
        return Files.readAllBytes(write(dir.resolve("inner-" + entries.size() + ".zip")));
    }
}
