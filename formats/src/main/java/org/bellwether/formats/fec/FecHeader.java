package org.bellwether.formats.fec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The 30 column names of the FEC all-candidates file, from {@code all_cand_header.txt} beside this class. */
final class FecHeader {

    static final List<String> COLUMNS = load();

    private FecHeader() {
    }

    static int index(String column) {
        int i = COLUMNS.indexOf(column);
        if (i < 0) {
            throw new IllegalStateException("all_cand_header.txt has no column " + column);
        }
        return i;
    }

    private static List<String> load() {
        try (InputStream in = FecHeader.class.getResourceAsStream("all_cand_header.txt")) {
            if (in == null) {
                throw new IllegalStateException("all_cand_header.txt is missing from the build");
            }
            List<String> names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (names.size() != 30) {
                throw new IllegalStateException("all_cand_header.txt lists " + names.size() + " columns, not 30");
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
