package org.bellwether.formats.specials;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bellwether.formats.InputException;

/**
 * Resolves the file patterns of a special-election file against the data root. A pattern is a path whose last
 * part may hold {@code *} and {@code ?} (e.g. {@code specials-2017/ks04/*__precinct.csv}); matches are sorted by
 * name so the same folder always reads in the same order. A pattern that matches nothing is an error.
 */
public final class DataFiles {

    private DataFiles() {
    }

    public static List<Path> resolve(Path root, List<String> patterns, String specFile) {
        List<Path> files = new ArrayList<>();
        for (String pattern : patterns) {
            files.addAll(resolve(root, pattern, specFile));
        }
        return files;
    }

    private static List<Path> resolve(Path root, String pattern, String specFile) {
        Path full = root.resolve(pattern).normalize();
        Path folder = full.getParent();
        String glob = full.getFileName().toString();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException(specFile, "", "folder of " + InputException.echo(pattern)
                    + " does not exist under the data root " + root);
        }
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> matches = list.filter(p -> Files.isRegularFile(p) && matcher.matches(p.getFileName()))
                    .sorted().toList();
            if (matches.isEmpty()) {
                throw new InputException(specFile, "", "no file matches " + InputException.echo(pattern)
                        + " under the data root " + root);
            }
            return matches;
        } catch (IOException e) {
            throw new InputException(specFile, "", "cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
