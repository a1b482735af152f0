package org.bellwether.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bellwether.core.Election;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;

/** Turns the paths a user gives into one election, with progress on stderr when the work is long. */
final class Inputs {

    /** Below this much input, reading takes well under a second and a progress bar would only flicker. */
    private static final long PROGRESS_BYTES = 20L << 20;
    /**
     * {@code -Dbellwether.progress=off} leaves the progress bar out: ./bellwether sets it when standard error is not a
     * terminal, where a bar is only noise in a log (and its terminal library costs a short run a tenth of a second).
     */
    static final String PROGRESS_PROPERTY = "bellwether.progress";

    static final Readers READERS = Readers.standard();

    private Inputs() {
    }

    /** Files as given, with each directory replaced by its regular files in name order. */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                int before = files.size();
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(path.toString(), "", "folder cannot be listed: " + e.getMessage(), e);
                }
                if (files.size() == before) {
                    throw new InputException(path.toString(), "", "the folder holds no results files (files whose"
                            + " names start with '.' are skipped)");
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static Election read(List<Path> paths, ReadOptions options, PrintWriter err) {
        List<Path> files = expand(paths);
        long bytes = files.stream().mapToLong(Inputs::size).sum();
        if (bytes < PROGRESS_BYTES || "off".equals(System.getProperty(PROGRESS_PROPERTY))) {
            return READERS.read(files, options);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(bytes >> 10)
                .setUnit(" MiB", 1024).setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
            err.flush();
            return READERS.read(files, options, file -> bar.stepBy(size(file) >> 10));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
